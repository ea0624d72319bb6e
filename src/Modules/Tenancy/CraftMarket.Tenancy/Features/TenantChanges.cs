using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Domain;
using CraftMarket.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Tenancy.Features;

/// <summary>
/// The one way tenant changes are committed: state and TenantChanged in one SaveChanges, then
/// this node's cache is rebuilt at once (other nodes rebuild when the event reaches them).
/// </summary>
internal sealed class TenantChanges(TenancyDb db, TenantCache cache, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<Tenant?> FindAsync(Guid id, CancellationToken ct) =>
        db.Tenants.SingleOrDefaultAsync(t => t.Id == new SharedKernel.Tenancy.TenantId(id), ct);

    /// <summary>Custom hosts are global: two associations can never answer on the same domain.</summary>
    public async Task<Error?> HostConflictAsync(Tenant? self, IReadOnlyList<string> hosts, CancellationToken ct)
    {
        var snapshot = await cache.ReloadAsync(ct);
        var taken = hosts.FirstOrDefault(h => snapshot.ByHost.TryGetValue(h, out var owner) && owner.Id != self?.Id);
        return taken is null ? null : Error.Conflict("host_taken", $"The host name {taken} is already used by another association.");
    }

    public async Task<Result> CommitAsync(Tenant tenant, bool created, CancellationToken ct)
    {
        if (created)
        {
            if (await db.Tenants.AnyAsync(t => t.Slug == tenant.Slug, ct))
                return Error.Conflict("slug_taken", $"An association with the slug {tenant.Slug} already exists.");
            db.Tenants.Add(tenant);
            db.Outbox.Add(new TenantCreated(Guid.NewGuid(), tenant.Id, tenant.Slug), clock);
        }
        db.Outbox.Add(new TenantChanged(Guid.NewGuid(), tenant.Id, tenant.Slug, tenant.Status), clock);
        await db.SaveChangesAsync(ct);
        await cache.ReloadAsync(ct);
        return Result.Ok();
    }
}

/// <summary>Keeps every node's cache current when another node changed a tenant.</summary>
internal sealed class RefreshCacheOnTenantChanged(TenantCache cache) : IIntegrationEventHandler<TenantChanged>
{
    // Reloading is naturally idempotent, so no processed-message record is needed.
    public Task Handle(TenantChanged @event, CancellationToken ct) => cache.ReloadAsync(ct);
}
