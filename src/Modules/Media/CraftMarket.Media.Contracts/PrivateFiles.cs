using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Media.Contracts;

/// <summary>A file kept for one module of one association: evidence, certificate documents, a mark image, attachments.</summary>
public readonly record struct FileId(Guid Value)
{
    public static FileId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public enum StoredFileKind { Photo, Pdf }

/// <summary>
/// What was kept: photos are re-encoded (JPEG, no metadata: a household's GPS position never leaves
/// with a photo), PDFs are kept as sent after their structure was checked. <see cref="Sha256"/> is of
/// the stored bytes (hex), for documents a buyer or auditor may want to match.
/// </summary>
public sealed record StoredFile(FileId Id, StoredFileKind Kind, string ContentType, long Length, string FileName, string Sha256,
    DateTimeOffset StoredAt);

/// <summary>An open stored file; dispose it to close the stream.</summary>
public sealed record FileContent(StoredFile File, Stream Content) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>
/// Files other modules keep privately for the current association, through the same limits and
/// content sniffing as product photos (the name and the declared type are never trusted). Who may
/// read a file is the owning module's decision: it checks its own rules before it calls
/// <see cref="OpenAsync"/>. Every call is scoped to the current tenant: another association's id
/// reads as not found.
/// </summary>
public interface IPrivateFiles
{
    /// <summary>
    /// Keeps a photo (JPEG, PNG, WebP, HEIC) or a PDF. <paramref name="purpose"/> names the owner,
    /// e.g. "quality-marks.evidence", and is stored for audits and clean-up. Refusals are validation
    /// errors on the field "file" with a message a person can act on (too large, not a photo or PDF,
    /// damaged).
    /// </summary>
    Task<Result<StoredFile>> StoreAsync(string purpose, string fileName, Stream content, CancellationToken ct);

    Task<FileContent?> OpenAsync(FileId id, CancellationToken ct);

    Task<StoredFile?> FindAsync(FileId id, CancellationToken ct);

    Task DeleteAsync(FileId id, CancellationToken ct);
}
