using static CraftMarket.Media.Imaging.ImageSniffer;

namespace CraftMarket.Media.Imaging;

/// <summary>PNG: the IHDR chunk right after the signature holds size, bit depth and colour type.</summary>
internal static class PngHeader
{
    public static SniffResult Parse(ReadOnlySpan<byte> s)
    {
        if (s.Length < 33) return SniffResult.More;
        if (Be32(s, 8) != 13 || !s[12..16].SequenceEqual("IHDR"u8))
            return SniffResult.Refuse(Refusal.Damaged("The file is not a valid PNG: its first chunk is not the image header."));
        var width = Be32(s, 16);
        var height = Be32(s, 20);
        if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue)
            return SniffResult.Refuse(Refusal.Damaged("The file is not a valid PNG: its header gives an impossible size."));
        return SniffResult.Ok(new ImageHeader(ImageFormat.Png, (int)width, (int)height, $"{s[24]}-bit"));
    }
}
