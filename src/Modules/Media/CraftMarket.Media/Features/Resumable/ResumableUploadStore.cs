using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CraftMarket.Media.Features.Resumable;

/// <summary>
/// One resumable (tus) upload, as its sidecar file keeps it. The bytes received so far are the
/// <c>.part</c> file next to it: its length is the upload's offset, so nothing else has to be kept
/// in step with the bytes, and a restart (or a crash mid-write) leaves an offset that is simply the
/// bytes that reached the disk. Once the last byte has gone through the upload pipeline, the part
/// file is gone and <see cref="PhotoId"/> says which photo it became (kept until the upload expires,
/// so a client that lost the answer learns it from HEAD, and a retry never makes a second photo).
/// </summary>
internal sealed record ResumableUpload(
    string Id, Guid TenantId, Guid ProductId, Guid Owner, long Length, string? Metadata, string? ClientId, string? FileName,
    DateTimeOffset Created, DateTimeOffset Expires, Guid? PhotoId = null, string? PhotoState = null)
{
    public bool IsComplete => PhotoId is not null;
}

/// <summary>
/// Resumable uploads on local disk (<c>media-uploads/</c> in the data directory): a sidecar JSON per
/// upload, its part file, and an index of idempotency keys. Not the per-process staging folder: an
/// upload outlives the process that started it. One lock per upload serialises its writes (two
/// PATCHes of one upload never interleave); the files are shared with any process on the same disk.
/// </summary>
internal sealed class ResumableUploadStore : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim creating = new(1, 1);

    public ResumableUploadStore(string root)
    {
        Root = root;
        Directory.CreateDirectory(Path.Combine(root, "keys"));
    }

    public string Root { get; }

    /// <summary>Bytes the part files have had appended since start: what a test reads to prove a resume sent only the missing bytes.</summary>
    public long BytesAppended => Interlocked.Read(ref appended);
    private long appended;

    public static bool IsWellFormedId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    public string PartPath(string id) => Path.Combine(Root, id + ".part");

    private string SidecarPath(string id) => Path.Combine(Root, id + ".json");

    private string KeyPath(Guid tenant, string clientId) =>
        Path.Combine(Root, "keys", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{tenant:N}|{clientId}"))));

    /// <summary>The bytes received so far (the part file's length), or the whole length once complete.</summary>
    public long OffsetOf(ResumableUpload upload)
    {
        if (upload.IsComplete) return upload.Length;
        var part = new FileInfo(PartPath(upload.Id));
        return part.Exists ? part.Length : 0;
    }

    public async Task<ResumableUpload?> FindAsync(string id, CancellationToken ct)
    {
        if (!IsWellFormedId(id)) return null;
        try
        {
            await using var file = new FileStream(SidecarPath(id), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return await JsonSerializer.DeserializeAsync<ResumableUpload>(file, Json, ct);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;   // a sidecar cut short by a crash while it was first written: the upload never began
        }
    }

    /// <summary>
    /// Makes a new upload, or finds the one this idempotency key already made in the association
    /// (<paramref name="existing"/> true). The key index is written with create-new, under a lock,
    /// so two creations with one key race to one upload.
    /// </summary>
    public async Task<(ResumableUpload Upload, bool Existing)> CreateAsync(ResumableUpload fresh, CancellationToken ct)
    {
        await creating.WaitAsync(ct);
        try
        {
            if (fresh.ClientId is { } key && await FindByKeyAsync(fresh.TenantId, key, ct) is { } found) return (found, true);
            await File.WriteAllBytesAsync(PartPath(fresh.Id), [], CancellationToken.None);
            await SaveAsync(fresh, CancellationToken.None);
            if (fresh.ClientId is { } newKey)
                await File.WriteAllTextAsync(KeyPath(fresh.TenantId, newKey), fresh.Id, CancellationToken.None);
            return (fresh, false);
        }
        finally
        {
            creating.Release();
        }
    }

    /// <summary>The live upload an idempotency key made in the association, if any.</summary>
    public async Task<ResumableUpload?> FindByKeyAsync(Guid tenant, string clientId, CancellationToken ct)
    {
        var path = KeyPath(tenant, clientId);
        if (!File.Exists(path)) return null;
        var id = (await File.ReadAllTextAsync(path, ct)).Trim();
        if (await FindAsync(id, ct) is { } upload && upload.TenantId == tenant) return upload;
        File.Delete(path);   // the upload it named ended (terminated, refused or expired): the key is free again
        return null;
    }

    /// <summary>Writes the sidecar whole, then moves it into place, so a reader never sees half of one.</summary>
    public async Task SaveAsync(ResumableUpload upload, CancellationToken ct)
    {
        var temp = SidecarPath(upload.Id) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(upload, Json), ct);
        File.Move(temp, SidecarPath(upload.Id), overwrite: true);
    }

    /// <summary>
    /// Appends the request body to the part file, at most <paramref name="room"/> bytes. Bytes that
    /// reached the disk before the connection dropped stay: the next HEAD answers them as the offset.
    /// More than <paramref name="room"/> bytes undoes this request's bytes and answers "too many".
    /// </summary>
    public async Task<AppendResult> AppendAsync(ResumableUpload upload, Stream body, long room, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        long written = 0;
        await using var part = new FileStream(PartPath(upload.Id), FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        var start = part.Position;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                if (written + read > room)
                {
                    await part.FlushAsync(CancellationToken.None);
                    part.SetLength(start);
                    Interlocked.Add(ref appended, -written);
                    return AppendResult.TooMany;
                }
                // Never cancelled half-way: what was read is written, so the offset stays true.
                await part.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
                written += read;
                Interlocked.Add(ref appended, read);
            }
            await part.FlushAsync(CancellationToken.None);
            return AppendResult.Done;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            await part.FlushAsync(CancellationToken.None);
            return AppendResult.Interrupted;
        }
    }

    /// <summary>Removes an upload's files and its key; the photo it may have become stays.</summary>
    public void Delete(ResumableUpload upload)
    {
        File.Delete(PartPath(upload.Id));
        File.Delete(SidecarPath(upload.Id));
        if (upload.ClientId is { } key)
        {
            var path = KeyPath(upload.TenantId, key);
            if (File.Exists(path) && string.Equals(File.ReadAllText(path).Trim(), upload.Id, StringComparison.Ordinal)) File.Delete(path);
        }
        locks.TryRemove(upload.Id, out _);
    }

    /// <summary>Waits for the upload's lock (another PATCH of it may still be writing); false after <paramref name="wait"/>.</summary>
    public async Task<IDisposable?> LockAsync(string id, TimeSpan wait, CancellationToken ct)
    {
        var gate = locks.GetOrAdd(id, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, ct) ? new Release(gate) : null;
    }

    /// <summary>
    /// Deletes uploads past their expiry (unfinished ones with their part files, and finished ones'
    /// records) and part files whose sidecar is gone. Returns how many uploads were removed.
    /// </summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken ct)
    {
        var removed = 0;
        foreach (var sidecar in Directory.EnumerateFiles(Root, "*.json"))
        {
            var id = Path.GetFileNameWithoutExtension(sidecar);
            if (await FindAsync(id, ct) is not { } upload)
            {
                if (File.GetLastWriteTimeUtc(sidecar) < now.UtcDateTime.AddDays(-1)) File.Delete(sidecar);
                continue;
            }
            if (upload.Expires > now) continue;
            using var held = await LockAsync(id, TimeSpan.Zero, ct);
            if (held is null) continue;   // being written right now: not abandoned
            Delete(upload);
            removed++;
        }
        foreach (var part in Directory.EnumerateFiles(Root, "*.part"))
        {
            var id = Path.GetFileNameWithoutExtension(part);
            if (!File.Exists(SidecarPath(id)) && File.GetLastWriteTimeUtc(part) < now.UtcDateTime.AddHours(-1)) File.Delete(part);
        }
        foreach (var temp in Directory.EnumerateFiles(Root, "*.tmp"))
            if (File.GetLastWriteTimeUtc(temp) < now.UtcDateTime.AddHours(-1)) File.Delete(temp);
        return removed;
    }

    public void Dispose() => creating.Dispose();

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}

internal enum AppendResult { Done, Interrupted, TooMany }
