using CraftMarket.Media.Storage;

namespace CraftMarket.Media.Tests.Storage;

/// <summary>
/// A process killed mid-put leaves its temporary file behind: the store removes such orphans when it
/// opens, but never a put that another process sharing the directory is still writing, nor any blob.
/// </summary>
public sealed class OrphanedTempTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "craftmarket-orphans", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Opening_the_store_removes_temps_untouched_for_the_age_and_keeps_fresh_ones_and_blobs()
    {
        Directory.CreateDirectory(root);
        var first = new FileSystemBlobStore(root);
        var source = Path.Combine(root, "source.bin");
        await File.WriteAllBytesAsync(source, [1, 2, 3]);
        await first.PutAsync("renditions/ab/photo/640.webp", source, "image/webp", CancellationToken.None);
        var blob = Path.Combine(root, "renditions", "ab", "photo", "640.webp");
        var orphan = blob + ".0123456789abcdef" + FileSystemBlobStore.TempSuffix;
        var inFlight = blob + ".fedcba9876543210" + FileSystemBlobStore.TempSuffix;
        await File.WriteAllBytesAsync(orphan, [9]);
        await File.WriteAllBytesAsync(inFlight, [9]);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddHours(-1));

        _ = new FileSystemBlobStore(root, TimeSpan.FromMinutes(10));

        File.Exists(orphan).ShouldBeFalse("a put untouched for an hour was killed");
        File.Exists(inFlight).ShouldBeTrue("a put written a moment ago may still be running in another process");
        File.Exists(blob).ShouldBeTrue();
        File.Delete(source);
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
