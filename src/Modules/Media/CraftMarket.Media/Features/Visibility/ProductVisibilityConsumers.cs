using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Features.Visibility;

/// <summary>
/// Photos are public exactly while their product is: Catalogue's events (in order, through its
/// outbox) keep a flag per product, so serving a photo never asks Catalogue.
/// </summary>
internal sealed class ProductVisibilityConsumers(MediaDb db, TimeProvider clock)
    : IIntegrationEventHandler<ProductPublished>, IIntegrationEventHandler<ProductWithdrawn>
{
    private const string Consumer = "media.product-visibility";

    public Task Handle(ProductPublished e, CancellationToken ct) => SetAsync(e.EventId, e.TenantId, e.Product.Id, true, ct);

    public Task Handle(ProductWithdrawn e, CancellationToken ct) => SetAsync(e.EventId, e.TenantId, e.ProductId, false, ct);

    private async Task SetAsync(Guid eventId, TenantId tenantId, ProductId product, bool isPublic, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(eventId, Consumer, ct)) return;
        await SetVisibilityAsync(db, tenantId, product, isPublic, clock, ct);
        db.MarkProcessed(eventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Upsert of the flag, for the consumers and for the demo seeder's catch-up.</summary>
    public static async Task SetVisibilityAsync(MediaDb db, TenantId tenantId, ProductId product, bool isPublic, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Visibility.FindAsync([product], ct) is { } known) known.Set(isPublic, clock.GetUtcNow());
        else db.Visibility.Add(new ProductVisibility(tenantId, product, isPublic, clock.GetUtcNow()));
    }
}
