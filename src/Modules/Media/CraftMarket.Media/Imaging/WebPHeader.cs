using static CraftMarket.Media.Imaging.ImageSniffer;

namespace CraftMarket.Media.Imaging;

/// <summary>WebP: the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended, with canvas size).</summary>
internal static class WebPHeader
{
    public static SniffResult Parse(ReadOnlySpan<byte> s)
    {
        if (s.Length < 30) return SniffResult.More;
        var chunk = s[12..16];
        int width, height;
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (s[23] != 0x9D || s[24] != 0x01 || s[25] != 0x2A) return Damaged();
            width = Le16(s, 26) & 0x3FFF;
            height = Le16(s, 28) & 0x3FFF;
        }
        else if (chunk.SequenceEqual("VP8L"u8))
        {
            if (s[20] != 0x2F) return Damaged();
            var bits = Le32(s, 21);
            width = (int)(bits & 0x3FFF) + 1;
            height = (int)((bits >> 14) & 0x3FFF) + 1;
        }
        else if (chunk.SequenceEqual("VP8X"u8))
        {
            width = Le24(s, 24) + 1;
            height = Le24(s, 27) + 1;
        }
        else return Damaged();
        return width == 0 || height == 0 ? Damaged() : SniffResult.Ok(new ImageHeader(ImageFormat.WebP, width, height));
    }

    private static SniffResult Damaged() => SniffResult.Refuse(Refusal.Damaged("The file is not a valid WebP image: its header is damaged."));
}
