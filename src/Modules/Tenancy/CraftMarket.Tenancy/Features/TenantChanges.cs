using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Domain;
using CraftMarket.Tenancy.Resolution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.Tenancy.Features;

/// <summary>
/// The one way tenant changes are committed: state and TenantChanged in one SaveChanges, then
/// this node's cache is rebuilt at once and the other nodes are signalled to rebuild theirs (ADR 0077:
/// <see cref="TenantCacheSignals"/>; TenantCacheRefresher's poll is the safety net).
/// </summary>
internal sealed class TenantChanges(TenancyDb db, TenantCache cache, TimeProvider clock, IOptions<TenancyOptions> options,
    IClusterSignals signals)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<Tenant?> FindAsync(Guid id, CancellationToken ct) =>
        db.Tenants.SingleOrDefaultAsync(t => t.Id == new SharedKernel.Tenancy.TenantId(id), ct);

    /// <summary>
    /// Custom hosts are global: two associations can never answer on the same domain, and none may
    /// claim the platform's own domain or a name under it (custom hosts win over subdomains, so
    /// that would hijack another association's address).
    /// </summary>
    public async Task<Error?> HostConflictAsync(Tenant? self, IReadOnlyList<string> hosts, CancellationToken ct)
    {
        var platform = options.Value.BaseDomain;
        if (hosts.FirstOrDefault(h => h.Equals(platform, StringComparison.OrdinalIgnoreCase)
                || h.EndsWith("." + platform, StringComparison.OrdinalIgnoreCase)) is { } reserved)
            return Error.Validation("hostNames", $"{reserved} belongs to the platform's own domain; use the association's own domain.");
        // No custom host, nothing to collide with: no reload (at 1,500 villages each reload reads every row).
        if (hosts.Count == 0) return null;
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
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (created)
        {
            // Two admins creating the same slug at once: the unique index decides, the loser gets 409.
            return Error.Conflict("slug_taken", $"An association with the slug {tenant.Slug} already exists.");
        }
        await cache.ReloadAsync(ct);
        await signals.PublishAsync(TenantCacheSignals.Channel, tenant.Id.Value.ToString("N"), ct);
        return Result.Ok();
    }
}
