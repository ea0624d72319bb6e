using CraftMarket.Search.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Glossary;

/// <summary>
/// A tenant's glossary for query expansion, cached for a minute (edits in this process clear it at
/// once). Across villages the platform uses the default glossary: no association's edits leak into another's search.
/// </summary>
internal sealed class GlossaryCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ForAsync(TenantId? tenant, CancellationToken ct)
    {
        if (tenant is not { } t) return DefaultGlossary.Groups;
        if (cache.TryGetValue(Key(t), out IReadOnlyList<IReadOnlyList<string>>? cached)) return cached!;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(t, "");
        var db = scope.ServiceProvider.GetRequiredService<SearchDb>();
        var groups = (await db.Glossary.AsNoTracking().Select(g => g.Terms).ToListAsync(ct)).Select(g => (IReadOnlyList<string>)g).ToList();
        cache.Set(Key(t), (IReadOnlyList<IReadOnlyList<string>>)groups, Lifetime);
        return groups;
    }

    public void Forget(TenantId tenant) => cache.Remove(Key(tenant));

    private static string Key(TenantId t) => $"search-glossary:{t}";
}
