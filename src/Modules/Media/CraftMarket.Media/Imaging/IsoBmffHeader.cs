using static CraftMarket.Media.Imaging.ImageSniffer;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// HEIF and AVIF share the ISO base media file format: a brand in 'ftyp' says which codec, and the
/// 'ispe' properties in meta/iprp/ipco give each item's size (the largest is the picture's).
/// </summary>
internal static class IsoBmffHeader
{
    private static readonly string[] AvifBrands = ["avif", "avis"];
    private static readonly string[] HevcBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx"];

    public static SniffResult Parse(ReadOnlySpan<byte> s)
    {
        var ftypSize = (int)Math.Min(Be32(s, 0), int.MaxValue);
        if (ftypSize < 16) return Damaged();
        if (ftypSize > s.Length) return SniffResult.More;
        var brands = new List<string>();
        for (var at = 8; at + 4 <= ftypSize; at += at == 8 ? 8 : 4) brands.Add(System.Text.Encoding.ASCII.GetString(s.Slice(at, 4)));

        if (!brands.Any(b => AvifBrands.Contains(b) || HevcBrands.Contains(b) || b is "mif1" or "msf1"))
            return SniffResult.Refuse(Refusal.Unsupported("This is a video or other media file, not a photo. Only JPEG, PNG, WebP and AVIF photos are accepted."));
        ImageFormat? format = brands.Any(AvifBrands.Contains) ? ImageFormat.Avif
            : brands.Any(HevcBrands.Contains) ? ImageFormat.Heic
            : null;
        var (width, height, codec, found) = ReadMeta(s, ftypSize);
        if (!found) return SniffResult.More;
        format ??= codec switch { "av01" => ImageFormat.Avif, "hvc1" => ImageFormat.Heic, _ => null };
        if (format is null) return SniffResult.Refuse(Refusal.Unsupported("This HEIF file holds no photo coded as AV1 or HEVC. Only JPEG, PNG, WebP and AVIF photos are accepted."));
        if (width == 0 || height == 0) return Damaged();
        return SniffResult.Ok(new ImageHeader(format.Value, width, height));
    }

    /// <summary>Finds the top-level 'meta' box and reads item sizes and the first item type from it.</summary>
    private static (int Width, int Height, string? Codec, bool Found) ReadMeta(ReadOnlySpan<byte> s, int at)
    {
        while (at + 8 <= s.Length)
        {
            var (size, header) = BoxSize(s, at);
            if (size < header) return (0, 0, null, true);
            if (s.Slice(at + 4, 4).SequenceEqual("meta"u8))
            {
                if (at + size > s.Length) return (0, 0, null, false);
                var meta = s.Slice(at + header + 4, (int)size - header - 4);   // FullBox: skip version and flags
                long bestArea = 0; int w = 0, h = 0;
                for (var i = 0; i + 20 <= meta.Length; i++)
                {
                    if (!meta.Slice(i + 4, 4).SequenceEqual("ispe"u8)) continue;
                    var iw = (int)Math.Min(Be32(meta, i + 12), int.MaxValue);
                    var ih = (int)Math.Min(Be32(meta, i + 16), int.MaxValue);
                    if ((long)iw * ih > bestArea) { bestArea = (long)iw * ih; w = iw; h = ih; }
                }
                string? codec = meta.IndexOf("av01"u8) >= 0 ? "av01" : meta.IndexOf("hvc1"u8) >= 0 ? "hvc1" : null;
                return (w, h, codec, true);
            }
            if (size == 0 || at + size > s.Length) return (0, 0, null, size == 0);
            at += (int)size;
        }
        return (0, 0, null, false);
    }

    internal static (long Size, int Header) BoxSize(ReadOnlySpan<byte> s, int at)
    {
        var size = Be32(s, at);
        if (size != 1) return (size, 8);
        if (at + 16 > s.Length) return (long.MaxValue, 16);
        var large = (Be32(s, at + 8) << 32) | Be32(s, at + 12);
        return (large, 16);
    }

    private static SniffResult Damaged() => SniffResult.Refuse(Refusal.Damaged("The file is not a valid HEIF/AVIF image: its header is damaged."));
}
