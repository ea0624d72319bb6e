using System.Buffers.Binary;
using System.Globalization;
using NetVips;

namespace CraftMarket.Web.Seo;

/// <summary>One site's icons: a 32 px PNG, a 180 px PNG (home screens) and an .ico holding 16 and 32 px PNGs.</summary>
internal sealed record FaviconSet(byte[] Png32, byte[] Png180, byte[] Ico, string Version);

/// <summary>
/// Draws a site's icons with libvips: from its logo (scaled to fit a transparent square), or, without
/// one or when the logo cannot be read, a generated mark: the brand's initial in white on a rounded
/// square of its primary colour. Logos reaching here are the association's re-encoded upload or a
/// theme's own file (shipped with the site), never raw uploads.
/// </summary>
internal static class FaviconArt
{
    /// <summary>Each size is rendered from the logo itself (an SVG at that size), not scaled down from a larger icon.</summary>
    public static FaviconSet FromLogo(byte[] logo, string version) => Set(size =>
    {
        using var scaled = Image.ThumbnailBuffer(logo, size, height: size);
        return Square(scaled, size);
    }, version);

    public static FaviconSet Mark(string brandName, string primaryColor, string version)
    {
        var svg = MarkSvg(brandName, primaryColor);
        return Set(size => Image.SvgloadBuffer(System.Text.Encoding.UTF8.GetBytes(svg), scale: size / 64.0), version);
    }

    /// <summary>A rounded square in the brand colour with the name's first letter (Vietnamese diacritics kept: "Đ").</summary>
    public static string MarkSvg(string brandName, string primaryColor)
    {
        var initial = System.Net.WebUtility.HtmlEncode(Initial(brandName));
        return string.Create(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="{primaryColor}"/><text x="32" y="45" text-anchor="middle" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-weight="700" font-size="38" fill="#ffffff">{initial}</text></svg>""");
    }

    public static string Initial(string brandName)
    {
        var trimmed = brandName.Trim();
        if (trimmed.Length == 0) return "?";
        return StringInfo.GetNextTextElement(trimmed).ToUpper(CultureInfo.InvariantCulture);
    }

    private static FaviconSet Set(Func<int, Image> draw, string version)
    {
        byte[] Png(int size)
        {
            using var image = draw(size);
            return image.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
        }
        var png16 = Png(16);
        var png32 = Png(32);
        return new FaviconSet(png32, Png(180), Ico([(16, png16), (32, png32)]), version);
    }

    /// <summary>Centred on a transparent <paramref name="size"/>² square.</summary>
    private static Image Square(Image scaled, int size)
    {
        using var srgb = scaled.Interpretation == Enums.Interpretation.Srgb ? scaled.Copy() : scaled.Colourspace(Enums.Interpretation.Srgb);
        using var alpha = srgb.HasAlpha() ? srgb.Copy() : srgb.Bandjoin(255);
        return alpha.Gravity(Enums.CompassDirection.Centre, size, size, extend: Enums.Extend.Background, background: [0, 0, 0, 0]);
    }

    /// <summary>An ICO file whose images are PNGs (understood by every browser since IE 11 and by Windows since Vista).</summary>
    public static byte[] Ico(IReadOnlyList<(int Size, byte[] Png)> images)
    {
        const int header = 6, entry = 16;
        var offset = header + entry * images.Count;
        var ico = new byte[offset + images.Sum(i => i.Png.Length)];
        var span = ico.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 1);                        // type: icon
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], (ushort)images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            var (size, png) = images[i];
            var e = span.Slice(header + i * entry, entry);
            e[0] = (byte)(size >= 256 ? 0 : size);                                        // width, height (0 means 256)
            e[1] = (byte)(size >= 256 ? 0 : size);
            BinaryPrimitives.WriteUInt16LittleEndian(e[4..], 1);                          // colour planes
            BinaryPrimitives.WriteUInt16LittleEndian(e[6..], 32);                         // bits per pixel
            BinaryPrimitives.WriteUInt32LittleEndian(e[8..], (uint)png.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(e[12..], (uint)offset);
            png.CopyTo(span[offset..]);
            offset += png.Length;
        }
        return ico;
    }
}
