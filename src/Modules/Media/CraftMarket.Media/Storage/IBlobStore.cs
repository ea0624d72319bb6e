using CraftMarket.Media.Imaging;

namespace CraftMarket.Media.Storage;

/// <summary>
/// Where originals and renditions live. Keys are content-derived, so a put of an existing key
/// writes the same bytes again: every operation is safe to repeat after a crash.
/// </summary>
internal interface IBlobStore
{
    Task<bool> ExistsAsync(string key, CancellationToken ct);

    /// <summary>Stores the file under the key, durably and atomically (readers see the old object or the whole new one).</summary>
    Task PutAsync(string key, string sourcePath, string contentType, CancellationToken ct);

    /// <summary>The object's bytes and length, or null when there is none.</summary>
    Task<BlobContent?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

internal sealed record BlobContent(Stream Stream, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}

/// <summary>The naming scheme: originals by SHA-256; renditions by original hash, recipe version, size and format.</summary>
internal static class BlobKeys
{
    public static string Original(string sha256) => $"originals/{sha256[..2]}/{sha256}";

    public static string RenditionFolder(string sha256, int recipe) => $"renditions/{sha256[..2]}/{sha256}/r{recipe}";

    public static string Rendition(string sha256, int recipe, int edge, RenditionFormat format) =>
        $"{RenditionFolder(sha256, recipe)}/{RenditionRecipe.FileName(edge, format)}";

    /// <summary>Written last: its presence means every rendition of this original and recipe is stored.</summary>
    public static string Manifest(string sha256, int recipe) => $"{RenditionFolder(sha256, recipe)}/manifest.json";
}
