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
/// so a redelivered event (or batch) leaves the index as it was: no processed-message record is
/// needed. The dispatcher has set the event's tenant before these are created (the tenant filter
/// applies). A batch (ADR 0076) is one index write and one commit for all its products, with two
/// look-ups of covers and marks for the whole batch instead of two per product.
/// </summary>
internal sealed class ProductPublishedConsumer(ISearchIndex index, SearchDb db, ITenantContext tenant)
    : IIntegrationEventHandler<ProductPublished>, IIntegrationEventBatchHandler<ProductPublished>
{
    public Task Handle(ProductPublished e, CancellationToken ct) => HandleBatch([e], ct);

    public async Task HandleBatch(IReadOnlyList<ProductPublished> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        BatchTenant.Check(events, tenant);
        var latest = Latest(events);
        var ids = latest.Select(p => p.Id.Value).ToList();
        var covers = await CoversOf(ids, ct);
        var marked = await MarkedOf(ids, ct);
        await index.UpsertAsync([.. latest.Select(p => new IndexedProduct(p, covers.GetValueOrDefault(p.Id.Value), marked.Contains(p.Id.Value)))], ct);

        // The cover or mark consumers may have stored a change while we indexed (they found nothing to update then): apply it now.
        var coversNow = await CoversOf(ids, ct);
        var markedNow = await MarkedOf(ids, ct);
        foreach (var id in ids)
        {
            if (coversNow.GetValueOrDefault(id) is var cover && cover != covers.GetValueOrDefault(id))
                await index.SetCoverAsync(new ProductId(id), cover, ct);
            if (markedNow.Contains(id) != marked.Contains(id))
                await index.SetQualityMarkAsync(new ProductId(id), markedNow.Contains(id), ct);
        }
    }

    /// <summary>
    /// One snapshot per product: the newest (catalogue UpdatedAt) and, between equals, the one
    /// published last, so a later change in the same batch wins over an earlier one.
    /// </summary>
    internal static IReadOnlyList<PublishedProduct> Latest(IReadOnlyList<ProductPublished> events)
    {
        var latest = new Dictionary<ProductId, PublishedProduct>();
        foreach (var e in events)
            if (!latest.TryGetValue(e.Product.Id, out var known) || e.Product.UpdatedAt >= known.UpdatedAt)
                latest[e.Product.Id] = e.Product;
        return [.. latest.Values];
    }

    private async Task<Dictionary<Guid, string?>> CoversOf(List<Guid> ids, CancellationToken ct) =>
        await db.Covers.AsNoTracking().Where(c => ids.Contains(c.ProductId)).ToDictionaryAsync(c => c.ProductId, c => c.ThumbnailUrl, ct);

    private async Task<HashSet<Guid>> MarkedOf(List<Guid> ids, CancellationToken ct) =>
        [.. await db.QualityMarks.AsNoTracking().Where(m => ids.Contains(m.ProductId) && m.Granted).Select(m => m.ProductId).ToListAsync(ct)];
}

/// <summary>A batch of withdrawals is one delete and one commit.</summary>
internal sealed class ProductWithdrawnConsumer(ISearchIndex index)
    : IIntegrationEventHandler<ProductWithdrawn>, IIntegrationEventBatchHandler<ProductWithdrawn>
{
    public Task Handle(ProductWithdrawn e, CancellationToken ct) => index.RemoveAsync(e.ProductId, ct);

    public Task HandleBatch(IReadOnlyList<ProductWithdrawn> events, CancellationToken ct) =>
        events.Count == 0 ? Task.CompletedTask : index.RemoveAsync([.. events.Select(e => e.ProductId).Distinct()], ct);
}

/// <summary>
/// A batch's scope has one tenant (the dispatcher sets it from the events), and the tenant filter
/// reads only its rows: a batch spanning associations is refused, so the dispatcher delivers its
/// messages one by one, each in its own association's scope.
/// </summary>
internal static class BatchTenant
{
    public static void Check<T>(IReadOnlyList<T> events, ITenantContext tenant) where T : ITenantEvent
    {
        var first = events[0].TenantId;
        if (events.Any(e => e.TenantId != first) || tenant.TenantId is { } current && current != first)
            throw new InvalidOperationException("A batch of search events spans more than one association; deliver it one by one.");
    }
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
