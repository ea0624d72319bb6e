using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Serve;

/// <summary>
/// The cross-village landing page shows several villages' products on the platform host, where no
/// tenant is resolved. Only photos that are public anyway are read here: ready, of a published product.
/// </summary>
internal static class PublicPhotosCrossTenant
{
    private static readonly CrossTenantReason Reason = new("platform host: public photos of published products of every village");

    public static Task<Photo?> FindAsync(MediaDb db, PhotoId id, CancellationToken ct) =>
        PublicPhotos(db).FirstOrDefaultAsync(p => p.Id == id, ct);

    public static Task<List<Photo>> OfProductsAsync(MediaDb db, IReadOnlyCollection<ProductId> products, CancellationToken ct) =>
        PublicPhotos(db).Where(p => products.Contains(p.ProductId)).ToListAsync(ct);

    private static IQueryable<Photo> PublicPhotos(MediaDb db) =>
        from photo in db.AcrossAllTenants<Photo>(Reason)
        join visible in db.AcrossAllTenants<ProductVisibility>(Reason) on photo.ProductId equals visible.ProductId
        where photo.State == PhotoState.Ready && visible.IsPublic && visible.TenantId == photo.TenantId
        select photo;
}
