using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Search.Data;
using CraftMarket.Search.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Search.Indexing;

/// <summary>
/// Keeps the index in step with the catalogue. Every effect is an upsert or delete by product id,
/// so a redelivered event leaves the index as it was: no processed-message record is needed. The
/// dispatcher has set the event's tenant before these are created (the tenant filter applies).
/// </summary>
internal sealed class ProductPublishedConsumer(ISearchIndex index, SearchDb db) : IIntegrationEventHandler<ProductPublished>
{
    public async Task Handle(ProductPublished e, CancellationToken ct)
    {
        var cover = await CoverOf(e.Product.Id, ct);
        var marked = await MarkedAsync(e.Product.Id, ct);
        await index.UpsertAsync([new IndexedProduct(e.Product, cover, marked)], ct);
        // The cover or mark consumers may have stored a change while we indexed (they found nothing to update then): apply it now.
        if (await CoverOf(e.Product.Id, ct) is var now && now != cover) await index.SetCoverAsync(e.Product.Id, now, ct);
        if (await MarkedAsync(e.Product.Id, ct) is var markedNow && markedNow != marked) await index.SetQualityMarkAsync(e.Product.Id, markedNow, ct);
    }

    private Task<string?> CoverOf(ProductId id, CancellationToken ct) =>
        db.Covers.AsNoTracking().Where(c => c.ProductId == id.Value).Select(c => c.ThumbnailUrl).FirstOrDefaultAsync(ct);

    private Task<bool> MarkedAsync(ProductId id, CancellationToken ct) =>
        db.QualityMarks.AsNoTracking().AnyAsync(m => m.ProductId == id.Value && m.Granted, ct);
}

internal sealed class ProductWithdrawnConsumer(ISearchIndex index) : IIntegrationEventHandler<ProductWithdrawn>
{
    public Task Handle(ProductWithdrawn e, CancellationToken ct) => index.RemoveAsync(e.ProductId, ct);
}

internal sealed class ProductCoverChangedConsumer(ISearchIndex index, SearchDb db)
    : IIntegrationEventHandler<Media.Contracts.ProductCoverChanged>
{
    public async Task Handle(Media.Contracts.ProductCoverChanged e, CancellationToken ct)
    {
        var cover = await db.Covers.FirstOrDefaultAsync(c => c.ProductId == e.ProductId.Value, ct);
        if (cover is null) db.Covers.Add(cover = new ProductCover(e.ProductId.Value, e.TenantId));
        cover.ThumbnailUrl = e.ThumbnailUrl;
        await db.SaveChangesAsync(ct);
        await index.SetCoverAsync(e.ProductId, e.ThumbnailUrl, ct);
    }
}

/// <summary>The association's quality mark, stored for publication and reindexes, and applied to the indexed product (the last event wins).</summary>
internal sealed class ProductQualityMarkChangedConsumer(ISearchIndex index, SearchDb db)
    : IIntegrationEventHandler<ProductQualityMarkChanged>
{
    public async Task Handle(ProductQualityMarkChanged e, CancellationToken ct)
    {
        var mark = await db.QualityMarks.FirstOrDefaultAsync(m => m.ProductId == e.ProductId.Value, ct);
        if (mark is null) db.QualityMarks.Add(mark = new ProductQualityMark(e.ProductId.Value, e.TenantId));
        mark.Granted = e.Granted;
        await db.SaveChangesAsync(ct);
        await index.SetQualityMarkAsync(e.ProductId, e.Granted, ct);
    }
}
