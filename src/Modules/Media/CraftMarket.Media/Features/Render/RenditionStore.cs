using System.Text.Json;
using CraftMarket.Media.Features.Upload;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;

namespace CraftMarket.Media.Features.Render;

/// <summary>
/// Renditions of one original, keyed by its hash and the recipe version. Rendering is skipped
/// when the manifest (written after every rendition) exists: a redelivered job after a crash, or the
/// same original in a second product, costs one read. A crash before the manifest renders again,
/// writing the same keys.
/// </summary>
internal sealed class RenditionStore(IBlobStore blobs, PhotoRenderer renderer, StagingArea staging)
{
    public async Task<RenderedPhoto> EnsureAsync(string sha256, CancellationToken ct)
    {
        var manifestKey = BlobKeys.Manifest(sha256, RenditionRecipe.Version);
        if (await ReadManifestAsync(manifestKey, ct) is { } done) return done;

        var work = staging.NewFolder();
        try
        {
            var original = Path.Combine(work, "original");
            await using (var source = await blobs.OpenReadAsync(BlobKeys.Original(sha256), ct)
                ?? throw new OriginalMissingException(sha256))
            await using (var copy = File.Create(original))
                await source.Stream.CopyToAsync(copy, ct);

            var output = Path.Combine(work, "out");
            var rendered = await renderer.RenderAsync(original, output, ct);
            foreach (var size in rendered.Sizes)
            foreach (var format in RenditionRecipe.Formats)
                await blobs.PutAsync(BlobKeys.Rendition(sha256, RenditionRecipe.Version, size.Edge, format),
                    Path.Combine(output, RenditionRecipe.FileName(size.Edge, format)), RenditionRecipe.MimeType(format), ct);

            var manifest = Path.Combine(work, "manifest.json");
            await File.WriteAllBytesAsync(manifest, JsonSerializer.SerializeToUtf8Bytes(rendered), ct);
            await blobs.PutAsync(manifestKey, manifest, "application/json", ct);
            return rendered;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<RenderedPhoto?> ReadManifestAsync(string key, CancellationToken ct)
    {
        await using var content = await blobs.OpenReadAsync(key, ct);
        return content is null ? null : await JsonSerializer.DeserializeAsync<RenderedPhoto>(content.Stream, cancellationToken: ct);
    }
}

/// <summary>The photo's original is not in the blob store (lost, or the store was restored from an older copy).</summary>
internal sealed class OriginalMissingException(string sha256) : Exception($"Original {sha256} is missing from the blob store.");
