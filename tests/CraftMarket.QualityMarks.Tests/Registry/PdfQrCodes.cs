using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace CraftMarket.QualityMarks.Tests.Registry;

/// <summary>A QR code found on a PDF page: where it is drawn, its text, and how ZXing read it.</summary>
public sealed record FoundQr(PdfRectangle Bounds, string Text, bool AlphanumericMode, string? ErrorCorrection);

/// <summary>
/// Reads the QR codes a PDF draws as images back with ZXing, from the image samples PdfPig
/// decodes out of the file (no rasteriser needed): each sample becomes a block of pixels, as a
/// printer at ~300 dpi would put it on paper, and ZXing searches the picture for the code.
/// </summary>
public static class PdfQrCodes
{
    public static IReadOnlyList<FoundQr> On(Page page) =>
        [.. page.GetImages().Where(i => i.BitsPerComponent == 1).Select(Read)];

    public static FoundQr Read(IPdfImage image)
    {
        image.ColorSpaceDetails.ShouldBeOfType<DeviceGrayColorSpaceDetails>("QR codes are drawn as 1-bit grey images");
        image.Interpolate.ShouldBeFalse("modules must stay sharp squares when scaled");
        image.TryGetBytesAsMemory(out var samples).ShouldBeTrue();
        int width = image.WidthInSamples, height = image.HeightInSamples, stride = (width + 7) / 8;
        samples.Length.ShouldBe(stride * height);
        // ZXing's finder-pattern search now and then misjudges a pixel-perfect picture at one scale
        // (a camera sees many); the grid itself is then read as a pure barcode. All read the PDF's samples.
        var result = Decode(samples.Span, width, height, stride, 4, pure: false)
            ?? Decode(samples.Span, width, height, stride, 2, pure: false)
            ?? Decode(samples.Span, width, height, stride, 4, pure: true)
            ?? throw new ShouldAssertException($"No QR code read from the image at {image.BoundingBox}.");
        // The first 4 bits of the data codewords are the mode indicator: 0010 is alphanumeric.
        var alphanumeric = result.RawBytes is { Length: > 0 } raw && raw[0] >> 4 == 0b0010;
        var level = result.ResultMetadata?.TryGetValue(ResultMetadataType.ERROR_CORRECTION_LEVEL, out var l) == true ? l?.ToString() : null;
        return new FoundQr(image.BoundingBox, result.Text, alphanumeric, level);
    }

    private static Result? Decode(ReadOnlySpan<byte> samples, int width, int height, int stride, int scale, bool pure)
    {
        var pixels = new byte[width * scale * height * scale];
        for (var y = 0; y < height * scale; y++)
            for (var x = 0; x < width * scale; x++)
            {
                int sx = x / scale, sy = y / scale;
                var white = (samples[sy * stride + (sx >> 3)] & (0x80 >> (sx & 7))) != 0;   // DeviceGray, 1 bit: 1 is white
                pixels[y * width * scale + x] = white ? (byte)255 : (byte)0;
            }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width * scale, height * scale, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [pure ? DecodeHintType.PURE_BARCODE : DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(bitmap, hints);
    }
}
