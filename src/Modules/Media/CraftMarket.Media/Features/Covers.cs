using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Imaging;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features;

/// <summary>
/// The cover is the first ready photo in the producer's order. Any change that may move it
/// (a render finishing, reorder, rejection, removal) compares before and after and, when it moved,
/// puts ProductCoverChanged in the outbox of the same SaveChanges.
/// </summary>
internal static class Covers
{
    public static async Task<PhotoId?> CurrentAsync(MediaDb db, ProductId product, CancellationToken ct) =>
        (await db.Photos.Where(p => p.ProductId == product && p.State == PhotoState.Ready)
            .OrderBy(p => p.Position).Select(p => (PhotoId?)p.Id).FirstOrDefaultAsync(ct));

    /// <summary>Call with the tracked photos after the change, before SaveChanges.</summary>
    public static void RaiseIfMoved(MediaDb db, IEnumerable<Photo> photosOfProduct, ProductId product, PhotoId? before, TimeProvider clock)
    {
        var cover = photosOfProduct.Where(p => p.State == PhotoState.Ready).OrderBy(p => p.Position).FirstOrDefault();
        if (cover?.Id == before) return;
        var tenant = photosOfProduct.First().TenantId;
        db.Outbox.Add(new ProductCoverChanged(Guid.CreateVersion7(), tenant, product, cover?.Id,
            cover is null ? null : RenditionUrls.For(cover, 320, RenditionFormat.Jpeg)), clock);
    }
}
