using CraftMarket.Search.Data;
using CraftMarket.Search.Domain;
using CraftMarket.Search.Glossary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Search.Indexing;

/// <summary>A suspended association disappears from cross-village search; reactivated, it comes back (the last event wins).</summary>
internal sealed class TenantChangedConsumer(SearchDb db, HiddenTenants hidden) : IIntegrationEventHandler<TenantChanged>
{
    public async Task Handle(TenantChanged e, CancellationToken ct)
    {
        var row = await db.Tenants.FirstOrDefaultAsync(t => t.TenantId == e.TenantId, ct);
        if (row is null) db.Tenants.Add(row = new TenantVisibility(e.TenantId));
        row.Slug = e.Slug;
        row.Suspended = e.Status != TenantStatus.Active;
        await db.SaveChangesAsync(ct);
        hidden.Forget();
    }
}

/// <summary>A new association starts with the default craft glossary, once.</summary>
internal sealed class TenantCreatedConsumer(SearchDb db, TimeProvider clock) : IIntegrationEventHandler<TenantCreated>
{
    private const string Consumer = "search.tenant-created";

    public async Task Handle(TenantCreated e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        await GlossarySeeding.AddDefaultsAsync(db, e.TenantId, clock, ct);
        if (!await db.Tenants.AnyAsync(v => v.TenantId == e.TenantId, ct)) db.Tenants.Add(new TenantVisibility(e.TenantId) { Slug = e.Slug });
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }
}
