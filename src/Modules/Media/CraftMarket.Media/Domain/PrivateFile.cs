using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Domain;

/// <summary>
/// A file another module keeps privately for one association (evidence photos, certificate
/// documents). Its bytes live in the blob store under <see cref="BlobKey"/>, a prefix no public
/// route serves; the row is what makes it findable, and only for its own tenant.
/// </summary>
internal sealed class PrivateFile : ITenantOwned
{
    private PrivateFile() { }

    public PrivateFile(FileId id, TenantId tenant, string purpose, StoredFileKind kind, string contentType, long length, string sha256,
        string fileName, DateTimeOffset storedAt)
    {
        Id = id;
        TenantId = tenant;
        Purpose = purpose;
        Kind = kind;
        ContentType = contentType;
        Length = length;
        Sha256 = sha256;
        FileName = fileName;
        StoredAt = storedAt;
    }

    public FileId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    /// <summary>The owning module's name for it, e.g. "quality-marks.evidence": for audits and clean-up.</summary>
    public string Purpose { get; private set; } = "";
    public StoredFileKind Kind { get; private set; }
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public DateTimeOffset StoredAt { get; private set; }

    public string BlobKey => PrivateBlobKeys.Of(TenantId, Id);

    public StoredFile ToStoredFile() => new(Id, Kind, ContentType, Length, FileName, Sha256, StoredAt);
}

/// <summary>
/// Private files sit under "private/", beside "originals/" and "renditions/": the public rendition
/// route only ever builds rendition keys from a photo's hash, so nothing under here is reachable from it.
/// </summary>
internal static class PrivateBlobKeys
{
    public const string Prefix = "private/";

    public static string Of(TenantId tenant, FileId id) => $"{Prefix}{tenant.Value:N}/{id.Value:N}";
}
