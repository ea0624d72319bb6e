using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Tenancy.Contracts;

/// <summary>
/// The bytes of an association's uploaded logo (PNG, JPEG or WebP, already decoded and re-encoded on
/// upload), for the host's favicons; null when it has none. Theme logos are static files, not here.
/// </summary>
public interface IBrandLogoFiles
{
    Task<(byte[] Content, string ContentType)?> UploadedLogoAsync(TenantId tenant, CancellationToken ct);
}
