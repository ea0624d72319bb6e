using NetVips;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// The most common colour (4 bits per channel buckets, then the mean inside the winning bucket),
/// not the average: a blue vase on a white table is blue-ish white, not grey.
/// </summary>
internal static class DominantColour
{
    public static string Of(Image srgb)
    {
        using var small = srgb.ThumbnailImage(64, height: 64, size: Enums.Size.Down, noRotate: true);
        var pixels = small.WriteToMemory<byte>();
        var counts = new int[4096];
        for (var i = 0; i + 2 < pixels.Length; i += 3) counts[Bucket(pixels, i)]++;
        var best = Array.IndexOf(counts, counts.Max());
        long r = 0, g = 0, b = 0, n = 0;
        for (var i = 0; i + 2 < pixels.Length; i += 3)
        {
            if (Bucket(pixels, i) != best) continue;
            r += pixels[i]; g += pixels[i + 1]; b += pixels[i + 2]; n++;
        }
        return n == 0 ? "#808080" : $"#{r / n:x2}{g / n:x2}{b / n:x2}";
    }

    private static int Bucket(byte[] p, int i) => ((p[i] >> 4) << 8) | ((p[i + 1] >> 4) << 4) | (p[i + 2] >> 4);
}

/// <summary>A tiny blurred preview, inlined as a data URI (a few hundred bytes) so the page paints at once.</summary>
internal static class Placeholder
{
    public static string Of(Image srgb)
    {
        using var tiny = srgb.ThumbnailImage(24, height: 24, size: Enums.Size.Down, noRotate: true);
        using var blurred = tiny.Gaussblur(0.8);
        var bytes = blurred.WebpsaveBuffer(q: 40, effort: 4, keep: Enums.ForeignKeep.None);
        return "data:image/webp;base64," + Convert.ToBase64String(bytes);
    }
}
