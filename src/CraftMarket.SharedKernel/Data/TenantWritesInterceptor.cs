using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// Tells the storefront cache which villages' rows a SaveChanges wrote, once they are saved. Every
/// module's tenant-owned rows pass through here, so a new photo order, a renamed category or a
/// member's privacy choice reach buyers' pages without each feature remembering to say so.
/// One instance per DbContext instance (the options are built per scope), so the field is safe.
/// </summary>
internal sealed class TenantWritesInterceptor(IStorefrontCache cache) : SaveChangesInterceptor
{
    private TenantId[] written = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (written.Length > 0) cache.EvictAsync(Take(), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (written.Length > 0) await cache.EvictAsync(Take(), ct);
        return result;
    }

    private void Collect(DbContext? context) => written = context is null ? [] :
    [
        .. context.ChangeTracker.Entries<ITenantOwned>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.TenantId)
            .Distinct(),
    ];

    private TenantId[] Take()
    {
        var tenants = written;
        written = [];
        return tenants;
    }
}
