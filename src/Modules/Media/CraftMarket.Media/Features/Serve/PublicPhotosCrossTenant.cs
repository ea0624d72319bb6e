using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Serve;

/// <summary>
/// The cross-village landing page shows several villages' products on the platform host, where no
/// tenant is resolved. Only photos that are public anyway are read here: ready, of a published product,
/// of an association that is active (a suspended one serves nothing, as on its own host, where
/// resolution leaves no tenant; its logo is withheld the same way).
/// </summary>
internal static class PublicPhotosCrossTenant
{
    private static readonly CrossTenantReason Reason = new("platform host: public photos of published products of every village");

    public static async Task<Photo?> FindAsync(MediaDb db, ITenantDirectory tenants, PhotoId id, CancellationToken ct) =>
        await PublicPhotos(db).FirstOrDefaultAsync(p => p.Id == id, ct) is { } photo && IsActive(tenants, photo) ? photo : null;

    public static async Task<List<Photo>> OfProductsAsync(MediaDb db, ITenantDirectory tenants, IReadOnlyCollection<ProductId> products, CancellationToken ct) =>
        [.. (await PublicPhotos(db).Where(p => products.Contains(p.ProductId)).ToListAsync(ct)).Where(p => IsActive(tenants, p))];

    /// <summary>Status lives in the tenant directory (memory), not in Media's tables: checked after the read.</summary>
    private static bool IsActive(ITenantDirectory tenants, Photo photo) => tenants.FindById(photo.TenantId) is { IsActive: true };

    private static IQueryable<Photo> PublicPhotos(MediaDb db) =>
        from photo in db.AcrossAllTenants<Photo>(Reason)
        join visible in db.AcrossAllTenants<ProductVisibility>(Reason) on photo.ProductId equals visible.ProductId
        where photo.State == PhotoState.Ready && visible.IsPublic && visible.TenantId == photo.TenantId
        select photo;
}
