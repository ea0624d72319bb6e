using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>
/// The taxonomy as listings label it. A village has tens of categories, so it is read whole; the
/// names every listing and product render reads are kept per village under its storefront generation
/// (ADR 0050): a category saved on this node (an <see cref="IShownOnStorefront"/> change) retires them
/// at once, another node's within <see cref="ListingCache.Lifetime"/>.
/// </summary>
internal sealed class PublicCategories(CatalogueDb db, ITenantContext tenant, ListingCache cache,
    IMemoryCache? memory = null, StorefrontGenerations? generations = null)
{
    public async Task<IReadOnlyDictionary<CategoryId, CategoryName>> NamesAsync(CancellationToken ct)
    {
        if (memory is null || generations is null || tenant.TenantId is not { } village) return await ReadNamesAsync(ct);
        var key = $"catalogue:category-names:{village}:{generations.Of(village)}";
        if (memory.TryGetValue(key, out IReadOnlyDictionary<CategoryId, CategoryName>? kept) && kept is not null) return kept;
        var names = await ReadNamesAsync(ct);
        memory.Set(key, names, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = ListingCache.Lifetime, Size = 1 });
        return names;
    }

    private async Task<IReadOnlyDictionary<CategoryId, CategoryName>> ReadNamesAsync(CancellationToken ct) =>
        (await db.Categories.AsNoTracking().ToListAsync(ct))
            .ToDictionary(c => c.Id, c => new CategoryName(c.Name.ToDictionary(), c.Position, c.Retired));

    public async Task<IReadOnlyList<CategoryCount>> WithCountsAsync(CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Where(c => !c.Retired).ToListAsync(ct);
        var counts = await cache.GetOrAddAsync(tenant.TenantId ?? default, "categories", async () =>
            await db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published)
                .GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct));
        return [.. categories.OrderBy(c => c.Position).ThenBy(c => c.Name.Vi, StringComparer.Ordinal)
            .Select(c => new CategoryCount(c.Id, c.Name.ToDictionary(), c.Position, counts.GetValueOrDefault(c.Id)))];
    }
}
