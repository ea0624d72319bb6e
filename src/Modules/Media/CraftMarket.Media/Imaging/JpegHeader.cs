using static CraftMarket.Media.Imaging.ImageSniffer;

namespace CraftMarket.Media.Imaging;

/// <summary>JPEG: walks the marker segments to the frame header (SOFn) for size and colour components.</summary>
internal static class JpegHeader
{
    public static SniffResult Parse(ReadOnlySpan<byte> s)
    {
        var at = 2;
        while (true)
        {
            if (at + 4 > s.Length) return SniffResult.More;
            if (s[at] != 0xFF) return Damaged("a JPEG segment marker is missing");
            var marker = s[at + 1];
            if (marker == 0xFF) { at++; continue; }   // fill byte
            if (marker is 0x01 or >= 0xD0 and <= 0xD8) { at += 2; continue; }
            if (marker is 0xD9 or 0xDA) return Damaged("the JPEG has no frame header before its image data");
            var length = Be16(s, at + 2);
            if (length < 2) return Damaged("a JPEG segment has an impossible length");
            if (IsFrame(marker))
            {
                if (at + 2 + 8 > s.Length) return SniffResult.More;
                var height = Be16(s, at + 5);
                var width = Be16(s, at + 7);
                var components = s[at + 9];
                if (width == 0 || height == 0) return Damaged("the JPEG frame header gives a zero size");
                return SniffResult.Ok(new ImageHeader(ImageFormat.Jpeg, width, height, components == 4 ? "cmyk" : ""));
            }
            at += 2 + length;
        }
    }

    /// <summary>SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.</summary>
    private static bool IsFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static SniffResult Damaged(string why) => SniffResult.Refuse(Refusal.Damaged($"The file is not a valid JPEG: {why}."));
}
