using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.ReadModel;

/// <summary>Other modules' read access to the current association's taxonomy (tenant-filtered).</summary>
internal sealed class CatalogueCategories(CatalogueDb db) : ICatalogueCategories
{
    public async Task<IReadOnlyList<CategoryOutline>> ListAsync(CancellationToken ct) =>
        [.. (await db.Categories.AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.Position).ThenBy(c => c.Name.Vi, StringComparer.Ordinal)
            .Select(c => new CategoryOutline(c.Id, c.Name.ToDictionary(), c.Retired))];
}
