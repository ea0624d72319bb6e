using System.Collections.Concurrent;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Extensions.Caching.Memory;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>
/// How many times each village's public catalogue changed in this process. A publication or
/// withdrawal bumps it after commit, which retires every cached count of that village at once.
/// </summary>
internal sealed class CatalogueVersions
{
    private readonly ConcurrentDictionary<TenantId, long> versions = new();
    public long Of(TenantId tenant) => versions.GetValueOrDefault(tenant);
    public void Bump(TenantId tenant) => versions.AddOrUpdate(tenant, 1, (_, v) => v + 1);
}

/// <summary>
/// Totals and facet counts of the public listing, which cost a scan of the village's published
/// rows (about 10 ms for 10,000 products) while the page itself is an index walk. Kept for 30
/// seconds per village and filter; a change in this process retires them at once, and so does another
/// node's, whose storefront signal bumps this node's <see cref="StorefrontGenerations"/> (ADR 0077);
/// the lifetime bounds a lost signal (ADR 0009). Pages of products are never cached.
/// </summary>
internal sealed class ListingCache(IMemoryCache cache, CatalogueVersions versions, StorefrontGenerations? generations = null)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<T> GetOrAddAsync<T>(TenantId tenant, string key, Func<Task<T>> compute)
    {
        var entry = $"catalogue:{tenant}:{versions.Of(tenant)}:{generations?.Of(tenant)}:{key}";
        if (cache.TryGetValue(entry, out T? cached) && cached is not null) return cached;
        var value = await compute();
        cache.Set(entry, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return value;
    }
}
