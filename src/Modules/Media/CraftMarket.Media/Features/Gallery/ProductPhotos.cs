using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Pictures;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Features.Serve;
using CraftMarket.Media.Imaging;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Gallery;

/// <summary>
/// <see cref="IProductPhotos"/> for storefront, search and catalogue pages: ready photos of
/// published products, in the producer's order. On a village's host the tenant filter applies;
/// on the platform host the public photos of every village are read (landing page).
/// </summary>
internal sealed class ProductPhotos(MediaDb db, ITenantContext tenant, ITenantDirectory tenants) : IProductPhotos
{
    public async Task<IReadOnlyDictionary<ProductId, ProductGallery>> ForProductsAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct)
    {
        if (products.Count == 0) return new Dictionary<ProductId, ProductGallery>();
        var ids = products.Distinct().ToList();
        List<Photo> photos;
        if (tenant.HasTenant)
        {
            var visible = db.Visibility.Where(v => v.IsPublic).Select(v => v.ProductId);
            photos = await db.Photos.AsNoTracking()
                .Where(p => ids.Contains(p.ProductId) && p.State == PhotoState.Ready && visible.Contains(p.ProductId))
                .ToListAsync(ct);
        }
        else
        {
            photos = await PublicPhotosCrossTenant.OfProductsAsync(db, tenants, ids, ct);
        }
        var byProduct = photos.ToLookup(p => p.ProductId);
        return ids.ToDictionary(id => id, id => new ProductGallery(id,
            [.. byProduct[id].OrderBy(p => p.Position).ThenBy(p => p.UploadedAt).Select(Pictures.View)]));
    }
}

/// <summary>Builds the <see cref="PictureView"/> a page renders: one source per format, every size in each srcset.</summary>
internal static class Pictures
{
    public static PictureView View(Photo photo)
    {
        var sizes = photo.RenditionSizes();
        var sources = RenditionRecipe.Formats.Select(format => new PictureSource(RenditionRecipe.MimeType(format),
            string.Join(", ", sizes.Select(s => $"{RenditionUrls.Of(photo, s.Edge, format)} {s.Width}w")))).ToList();
        return new PictureView(photo.Id.Value, photo.Width, photo.Height, photo.DominantColor ?? "#d9d4cc", photo.Placeholder ?? "",
            sources, RenditionUrls.For(photo, 1280, RenditionFormat.Jpeg));
    }
}
