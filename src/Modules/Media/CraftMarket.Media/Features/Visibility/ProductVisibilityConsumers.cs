using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Visibility;

/// <summary>
/// Photos are public exactly while their product is: Catalogue's events (in order, through its
/// outbox) keep a flag per product, so serving a photo never asks Catalogue. A batch (ADR 0076) is
/// three statements for any number of events: which were already applied, the flags they touch,
/// and one SaveChanges with the processed marks.
/// </summary>
internal sealed class ProductVisibilityConsumers(MediaDb db, TimeProvider clock)
    : IIntegrationEventHandler<ProductPublished>, IIntegrationEventHandler<ProductWithdrawn>,
        IIntegrationEventBatchHandler<ProductPublished>, IIntegrationEventBatchHandler<ProductWithdrawn>
{
    private const string Consumer = "media.product-visibility";

    public Task Handle(ProductPublished e, CancellationToken ct) => SetAsync(e.EventId, e.TenantId, e.Product.Id, true, ct);

    public Task Handle(ProductWithdrawn e, CancellationToken ct) => SetAsync(e.EventId, e.TenantId, e.ProductId, false, ct);

    public Task HandleBatch(IReadOnlyList<ProductPublished> events, CancellationToken ct) =>
        SetManyAsync([.. events.Select(e => (e.EventId, e.TenantId, e.Product.Id))], true, ct);

    public Task HandleBatch(IReadOnlyList<ProductWithdrawn> events, CancellationToken ct) =>
        SetManyAsync([.. events.Select(e => (e.EventId, e.TenantId, e.ProductId))], false, ct);

    private async Task SetAsync(Guid eventId, TenantId tenantId, ProductId product, bool isPublic, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(eventId, Consumer, ct)) return;
        await SetVisibilityAsync(db, tenantId, product, isPublic, clock, ct);
        db.MarkProcessed(eventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The events of one association, in order. Those already applied are skipped (a redelivered
    /// batch changes nothing); the others set their product's flag.
    /// </summary>
    private async Task SetManyAsync(List<(Guid EventId, TenantId TenantId, ProductId Product)> events, bool isPublic, CancellationToken ct)
    {
        if (events.Count == 0) return;
        if (events.Any(e => e.TenantId != events[0].TenantId))
            throw new InvalidOperationException("A batch of visibility events spans more than one association; deliver it one by one.");
        var eventIds = events.Select(e => e.EventId).ToList();
        var applied = (await db.Set<ProcessedMessage>().AsNoTracking()
            .Where(m => m.Consumer == Consumer && eventIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(ct)).ToHashSet();
        var todo = events.Where(e => !applied.Contains(e.EventId)).ToList();
        if (todo.Count == 0) return;
        var productIds = todo.Select(e => e.Product).Distinct().ToList();
        var known = await db.Visibility.Where(v => productIds.Contains(v.ProductId)).ToDictionaryAsync(v => v.ProductId, ct);
        var now = clock.GetUtcNow();
        foreach (var e in todo)
        {
            if (known.TryGetValue(e.Product, out var flag)) flag.Set(isPublic, now);
            else known[e.Product] = db.Visibility.Add(new ProductVisibility(e.TenantId, e.Product, isPublic, now)).Entity;
            if (applied.Add(e.EventId)) db.MarkProcessed(e.EventId, Consumer, clock);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Upsert of the flag, for the consumers and for the demo seeder's catch-up.</summary>
    public static async Task SetVisibilityAsync(MediaDb db, TenantId tenantId, ProductId product, bool isPublic, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Visibility.FindAsync([product], ct) is { } known) known.Set(isPublic, clock.GetUtcNow());
        else db.Visibility.Add(new ProductVisibility(tenantId, product, isPublic, clock.GetUtcNow()));
    }
}
