using CraftMarket.Media.Domain;
using CraftMarket.Media.Imaging;

namespace CraftMarket.Media.Features;

/// <summary>
/// /media/{photo}/{content tag}/{edge}.{ext}: root-relative, so the same URL works on the village's
/// own host, in the /v/{slug} path form and on the cross-village landing page.
/// </summary>
internal static class RenditionUrls
{
    public const string Prefix = "/media";

    /// <summary>The URL of the given size, or of the largest one below it when the photo is smaller.</summary>
    public static string For(Photo photo, int edge, RenditionFormat format)
    {
        var sizes = photo.RenditionSizes();
        var pick = sizes.Where(s => s.Edge <= edge).Select(s => s.Edge).DefaultIfEmpty(sizes.Count > 0 ? sizes[0].Edge : edge).Max();
        return Of(photo, pick, format);
    }

    public static string Of(Photo photo, int edge, RenditionFormat format) =>
        $"{Prefix}/{photo.Id}/{photo.ContentTag}/{RenditionRecipe.FileName(edge, format)}";
}
