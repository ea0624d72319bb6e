namespace CraftMarket.Media.Imaging;

internal enum RenditionFormat { Avif, WebP, Jpeg }

/// <summary>
/// What every photo is rendered to. <see cref="Version"/> is part of every rendition's key and URL:
/// change the sizes, formats or encoder settings, bump it, and old immutable URLs stay valid.
/// </summary>
internal static class RenditionRecipe
{
    /// <summary>
    /// 2: AV1 effort 1 instead of 2 (faster renders, slightly larger AVIF). 3: WebP effort 2 instead of 4 (ADR 18).
    /// 4: qualities chosen at equal SSIM, AV1 tuned for SSIM, JPEG with trellis quantisation (ADR 74).
    /// </summary>
    public const int Version = 4;
    public static readonly int[] LongEdges = [320, 640, 1280, 2048];

    /// <summary>
    /// The SSIM (<see cref="Ssim"/>: Y, Cb, Cr 6:1:1) every rendition of a real photo keeps against the
    /// source at its size: about what the old AVIF (q52, aom tuned "iq") gave on the weakest real test
    /// photo (coffee: 0.918 at 320 px, 0.929 at 640), the AVIF most buyers were already shown (ADR 74).
    /// </summary>
    public const double MinSsim = 0.92;
    public static readonly RenditionFormat[] Formats = [RenditionFormat.Avif, RenditionFormat.WebP, RenditionFormat.Jpeg];

    /// <summary>Never upscaled: the sizes at or below the photo's own long edge, plus that edge when it is below the largest.</summary>
    public static IReadOnlyList<int> EdgesFor(int longEdge)
    {
        var edges = LongEdges.Where(e => e <= longEdge).ToList();
        if (longEdge < LongEdges[^1] && !edges.Contains(longEdge)) edges.Add(longEdge);
        return edges;
    }

    public static string Extension(RenditionFormat format) => format switch
    {
        RenditionFormat.Avif => "avif",
        RenditionFormat.WebP => "webp",
        _ => "jpg",
    };

    public static string MimeType(RenditionFormat format) => format switch
    {
        RenditionFormat.Avif => "image/avif",
        RenditionFormat.WebP => "image/webp",
        _ => "image/jpeg",
    };

    public static RenditionFormat? FromExtension(string extension) => extension switch
    {
        "avif" => RenditionFormat.Avif,
        "webp" => RenditionFormat.WebP,
        "jpg" => RenditionFormat.Jpeg,
        _ => null,
    };

    public static string FileName(int edge, RenditionFormat format) => $"{edge}.{Extension(format)}";
}

/// <summary>One size of a photo: its long edge (the name in URLs) and its real width and height (for srcset and layout).</summary>
internal sealed record RenditionSize(int Edge, int Width, int Height);

/// <summary>What rendering produced, besides the files: kept with the photo so pages render without layout shift.</summary>
internal sealed record RenderedPhoto(int Width, int Height, IReadOnlyList<RenditionSize> Sizes, string DominantColor, string Placeholder);

/// <summary>The image could not be decoded: damaged inside, or a codec this server lacks. The photo is rejected with this reason.</summary>
internal sealed class UndecodableImageException(string reason, Exception? inner = null) : Exception(reason, inner);
