using System.Collections.Concurrent;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.SharedKernel.Caching;

/// <summary>
/// How many times this node dropped a village's kept storefront pages (every committed change to an
/// <see cref="IShownOnStorefront"/> entity of the village, and every change to the villages themselves,
/// ADR 23). Data a storefront render reads on every request and that only such changes alter (a
/// village's category names) can be kept under the current generation: the next change retires it
/// at once on this node, as it does the pages (ADR 0050). Other nodes bound it by a lifetime.
/// </summary>
public sealed class StorefrontGenerations
{
    private readonly ConcurrentDictionary<TenantId, long> villages = new();
    private long all;

    public string Of(TenantId tenant) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Interlocked.Read(ref all)}.{villages.GetValueOrDefault(tenant)}");

    public void Changed(TenantId tenant) => villages.AddOrUpdate(tenant, 1, (_, v) => v + 1);

    public void ChangedAll() => Interlocked.Increment(ref all);
}
