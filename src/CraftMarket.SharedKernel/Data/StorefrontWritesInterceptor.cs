using System.Data.Common;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// Drops a village's kept storefront pages once a change to something those pages render is
/// committed (ADR 23). Only entity kinds marked <see cref="IShownOnStorefront"/> count: an order or a
/// ledger entry leaves the pages alone. Inside an explicit transaction the villages are remembered
/// until it commits (a page rendered before the commit would otherwise be kept with the old state)
/// and forgotten if it rolls back; without one, SaveChanges' own commit is the moment.
/// One instance per DbContext instance (the options are built per scope), so the set is safe.
/// </summary>
internal sealed class StorefrontWritesInterceptor(IStorefrontCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly HashSet<TenantId> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>A save that needed no transaction of its own (one statement) or ran in one EF committed: evict now. In the caller's transaction: wait for its commit.</summary>
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) await Flush(cancellationToken);
        return result;
    }

    /// <summary>Nothing was written outside a transaction; inside one, its end decides.</summary>
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) pending.Clear();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Flush(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Flush(cancellationToken).AsTask();

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => pending.Clear();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is IShownOnStorefront shown) pending.Add(shown.TenantId);
            // A JSON-owned part (a product's variants, a member's capacities) changes without its owner's row:
            // it belongs to the owner, whose tenant is the current one (ModuleDbContext refuses any other).
            else if (entry.Metadata.IsOwned() && ShownOwner(entry) && context is ModuleDbContext { WritingTenant: { } tenant })
                pending.Add(tenant);
        }
    }

    private static bool ShownOwner(EntityEntry entry)
    {
        IReadOnlyEntityType type = entry.Metadata;
        while (type.FindOwnership() is { } ownership) type = ownership.PrincipalEntityType;
        return typeof(IShownOnStorefront).IsAssignableFrom(type.ClrType);
    }

    private async ValueTask Flush(CancellationToken ct)
    {
        if (pending.Count == 0) return;
        TenantId[] tenants = [.. pending];
        pending.Clear();
        await cache.EvictAsync(tenants, ct);
    }
}
