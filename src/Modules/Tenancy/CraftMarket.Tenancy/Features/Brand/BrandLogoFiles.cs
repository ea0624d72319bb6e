using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Tenancy.Features.Brand;

/// <summary>Reads a logo's stored bytes for another part of the site (the favicons), as the public logo URL serves them.</summary>
internal sealed class BrandLogoFiles(TenancyDb db) : IBrandLogoFiles
{
    public async Task<(byte[] Content, string ContentType)?> UploadedLogoAsync(TenantId tenant, CancellationToken ct) =>
        await db.Logos.AsNoTracking().Where(l => l.TenantId == tenant).Select(l => new { l.Content, l.ContentType }).FirstOrDefaultAsync(ct)
            is { } logo ? (logo.Content, logo.ContentType) : null;
}
