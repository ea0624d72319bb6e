using CraftMarket.Search.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Indexing;

/// <summary>
/// Associations whose products the platform search leaves out (suspended), as Tenancy announced
/// through TenantChanged. Filtered at query time rather than deleted from the index, so lifting a
/// suspension shows the products again at once, with no reindex.
/// </summary>
internal sealed class HiddenTenants(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private const string Key = "search-hidden-tenants";

    public async Task<IReadOnlyCollection<TenantId>> GetAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(Key, out IReadOnlyCollection<TenantId>? hidden)) return hidden!;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDb>();
        var ids = await db.Tenants.AsNoTracking().Where(t => t.Suspended).Select(t => t.TenantId).ToListAsync(ct);
        cache.Set(Key, (IReadOnlyCollection<TenantId>)ids, TimeSpan.FromSeconds(30));
        return ids;
    }

    public void Forget() => cache.Remove(Key);
}
