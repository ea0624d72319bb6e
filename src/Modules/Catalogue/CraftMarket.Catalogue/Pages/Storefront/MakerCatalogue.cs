using CraftMarket.SharedKernel.Lists;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>A maker's published products for its public profile (Members' pages read it through the contract).</summary>
internal sealed class MakerCatalogue(CatalogueDb db, PublicCategories categories) : IMakerCatalogue
{
    public async Task<IReadOnlyList<MakerProduct>> PublishedByAsync(MemberId maker, int max, CancellationToken ct)
    {
        var rows = await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published && p.MakerIds.Contains(maker.Value))
            .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
            .Take(Math.Clamp(max, 1, Paging.MaxPageSize))
            .Select(p => new { p.Id, p.NameVi, p.NameEn, p.NameFr, p.NameJa, p.CategoryId, p.PriceCurrency, p.BasePriceMinor, p.MinimumOrderQuantity })
            .ToListAsync(ct);
        if (rows.Count == 0) return [];
        var names = await categories.NamesAsync(ct);
        return [.. rows.Select(r =>
        {
            var name = LocalizedText.Dictionary(r.NameVi, r.NameEn, r.NameFr, r.NameJa);
            return new MakerProduct(r.Id, name, names.TryGetValue(r.CategoryId, out var c) ? c.Name : new Dictionary<string, string>(),
                ProductPaths.Of(r.Id, name), new Money(r.BasePriceMinor, r.PriceCurrency), r.MinimumOrderQuantity);
        })];
    }
}
