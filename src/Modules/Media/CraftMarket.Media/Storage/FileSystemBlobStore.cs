namespace CraftMarket.Media.Storage;

/// <summary>
/// The embedded default: files under the data directory. A put writes a temporary file, flushes
/// it to the disk and renames it over the key, so a crash never leaves half an object under a key.
/// A process killed mid-put cannot delete its temporary file, so the store removes such orphans
/// when it opens: only those untouched for <c>orphanedTempAge</c>, since a put in progress in
/// another process sharing the directory keeps writing to its own.
/// </summary>
internal sealed class FileSystemBlobStore : IBlobStore
{
    public const string TempSuffix = ".tmp";

    public FileSystemBlobStore(string root, TimeSpan? orphanedTempAge = null)
    {
        Root = Path.GetFullPath(root);
        if (orphanedTempAge is { } age) RemoveOrphanedTemps(DateTime.UtcNow - age);
    }

    public string Root { get; }

    private void RemoveOrphanedTemps(DateTime untouchedSinceUtc)
    {
        if (!Directory.Exists(Root)) return;
        foreach (var temp in Directory.EnumerateFiles(Root, "*" + TempSuffix, SearchOption.AllDirectories))
            if (File.GetLastWriteTimeUtc(temp) <= untouchedSinceUtc) File.Delete(temp);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(key)));

    public async Task PutAsync(string key, string sourcePath, string contentType, CancellationToken ct)
    {
        var target = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            await using (var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
            await using (var copy = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await source.CopyToAsync(copy, ct);
                copy.Flush(flushToDisk: true);
            }
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Task<BlobContent?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return Task.FromResult<BlobContent?>(null);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Task.FromResult<BlobContent?>(new BlobContent(stream, stream.Length));
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>Keys are built by <see cref="BlobKeys"/> from hex hashes and numbers; anything else is a bug, not a path.</summary>
    private string PathOf(string key)
    {
        if (key.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(key)) throw new ArgumentException($"Bad blob key {key}.", nameof(key));
        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
