using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>The taxonomy as listings label it. A village has tens of categories, so it is read whole.</summary>
internal sealed class PublicCategories(CatalogueDb db, ITenantContext tenant, ListingCache cache)
{
    public async Task<IReadOnlyDictionary<CategoryId, CategoryName>> NamesAsync(CancellationToken ct) =>
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
