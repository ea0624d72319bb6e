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
    /// <summary>Each size is scaled from the logo itself (a PNG, JPEG or WebP: see <see cref="Mark"/> for why never an SVG).</summary>
    public static FaviconSet FromLogo(byte[] logo, string version) => Set(size =>
    {
        using var scaled = Image.ThumbnailBuffer(logo, size, height: size);
        return Square(scaled, size);
    }, version);

    /// <summary>
    /// Drawn with libvips' own drawing and text operations, never through an SVG: Media blocks every image
    /// loader but JPEG, PNG, WebP and HEIF process-wide (uploads must never reach librsvg), so an SVG mark
    /// would fail as soon as Media has started.
    /// </summary>
    public static FaviconSet Mark(string brandName, string primaryColor, string version) =>
        Set(size => DrawMark(Initial(brandName), primaryColor, size), version);

    /// <summary>A rounded square in the brand colour with the name's first letter in white (Vietnamese diacritics kept: "Đ").</summary>
    private static Image DrawMark(string initial, string primaryColor, int size)
    {
        var (r, g, b) = Rgb(primaryColor);
        var radius = Math.Max(1, size * 12 / 64);
        using var shape = Image.Black(size, size).Mutate(m =>
        {
            m.DrawRect([255], radius, 0, size - 2 * radius, size, fill: true);
            m.DrawRect([255], 0, radius, size, size - 2 * radius, fill: true);
            foreach (var (cx, cy) in new[] { (radius, radius), (size - 1 - radius, radius), (radius, size - 1 - radius), (size - 1 - radius, size - 1 - radius) })
                m.DrawCircle([255], cx, cy, radius, fill: true);
        });
        // The letter's mask (0..255), at most 60% of the square high, centred.
        using var text = Image.Text(System.Net.WebUtility.HtmlEncode(initial), font: "DejaVu Sans Bold", height: Math.Max(8, size * 6 / 10));
        using var letter = text.Gravity(Enums.CompassDirection.Centre, size, size);
        using var colour = Image.Black(size, size, bands: 3).NewFromImage(r, g, b);
        using var white = colour.NewFromImage(255, 255, 255);
        using var drawn = letter.Ifthenelse(white, colour, blend: true);
        using var srgb = drawn.Copy(interpretation: Enums.Interpretation.Srgb).Cast(Enums.BandFormat.Uchar);
        return srgb.Bandjoin(shape.Cast(Enums.BandFormat.Uchar));
    }

    private static (int R, int G, int B) Rgb(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length == 3) h = string.Concat(h.Select(c => new string(c, 2)));
        return h.Length == 6 && int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)
            ? ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
            : (0x2f, 0x5d, 0x50);
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
