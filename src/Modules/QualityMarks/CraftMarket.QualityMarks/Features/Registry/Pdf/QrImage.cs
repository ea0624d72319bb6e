using System.Buffers.Binary;
using PdfSharp.Drawing;
using QRCoder;

namespace CraftMarket.QualityMarks.Features.Registry.Pdf;

/// <summary>
/// A QR code as one small bi-level image: one pixel per module, the four-module quiet zone
/// included (white even on a coloured sticker), drawn scaled with interpolation off so every
/// module stays a sharp square at any print resolution. An image is ~420 bytes compressed, where
/// vector squares (one rectangle per run of dark modules, ~600 per code) would take ~15 KB of
/// content stream per code (ADR 0041).
/// </summary>
internal static class QrImage
{
    /// <summary>M recovers 15% of the symbol: enough for a label scuffed in shipping, and keeps a verify URL at version 8 (49 modules).</summary>
    public const QRCodeGenerator.ECCLevel Level = QRCodeGenerator.ECCLevel.M;

    public static QRCodeData Encode(string text) => QRCodeGenerator.GenerateQrCode(text, Level);

    public static XImage Of(string text) => Of(Bitmap(Encode(text)));

    public static XImage Of(byte[] bitmap)
    {
        var image = XImage.FromStream(new MemoryStream(bitmap, writable: false));
        image.Interpolate = false;
        return image;
    }

    /// <summary>A 1-bit Windows bitmap (the simplest format PDFsharp's Core build reads): palette black, white; rows bottom-up, padded to 4 bytes.</summary>
    public static byte[] Bitmap(QRCodeData data)
    {
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var stride = (size + 31) / 32 * 4;
        const int headers = 14 + 40 + 8;
        var bytes = new byte[headers + stride * size];
        var span = bytes.AsSpan();
        span[0] = (byte)'B';
        span[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(span[2..], bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[10..], headers);
        BinaryPrimitives.WriteInt32LittleEndian(span[14..], 40);
        BinaryPrimitives.WriteInt32LittleEndian(span[18..], size);
        BinaryPrimitives.WriteInt32LittleEndian(span[22..], size);
        BinaryPrimitives.WriteInt16LittleEndian(span[26..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[28..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[34..], stride * size);
        BinaryPrimitives.WriteInt32LittleEndian(span[38..], 11811);   // 300 dpi, in pixels per metre
        BinaryPrimitives.WriteInt32LittleEndian(span[42..], 11811);
        BinaryPrimitives.WriteInt32LittleEndian(span[46..], 2);
        // Palette entry 0 black (B, G, R, 0), entry 1 white: a dark module is a 0 bit.
        span[58] = span[59] = span[60] = 0xFF;
        for (var y = 0; y < size; y++)
        {
            var row = span.Slice(headers + (size - 1 - y) * stride, stride);
            row.Fill(0xFF);
            var modules = matrix[y];
            for (var x = 0; x < size; x++)
                if (modules[x]) row[x >> 3] &= (byte)~(0x80 >> (x & 7));
        }
        return bytes;
    }
}
