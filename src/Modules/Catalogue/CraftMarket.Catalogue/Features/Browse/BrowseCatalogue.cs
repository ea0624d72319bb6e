using System.Globalization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>
/// The public catalogue of the current association: only published products, read without
/// tracking, projecting only what a card shows. Every filter and sort order has an index that
/// starts (tenant, status), and paging is Skip/Take on that order with the id as tie-breaker.
/// Storefront pages and the public API both use this handler.
/// </summary>
internal sealed class BrowseCatalogue(CatalogueDb db, PublicCategories categories, PublicProducts products)
{
    public const int MaxPageSize = 100, MaxPage = 10_000;

    public async Task<Result<BrowsePage>> Browse(BrowseQuery query, CancellationToken ct)
    {
        if (Check(query) is { } invalid) return invalid;
        var names = await categories.NamesAsync(ct);
        var published = Published();
        var filtered = Filter(published, query, byCategory: true, byMaterial: true);

        var total = await filtered.CountAsync(ct);
        var rows = await Sort(filtered, query.Sort).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(Card.Columns).ToListAsync(ct);

        var byCategory = await Filter(published, query, byCategory: false, byMaterial: true)
            .GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byMaterial = await Filter(published, query, byCategory: true, byMaterial: false)
            .Where(p => p.MaterialVi != null)
            .GroupBy(p => p.MaterialVi!)
            .Select(g => new { g.Key, En = g.Max(p => p.MaterialEn), Fr = g.Max(p => p.MaterialFr), Ja = g.Max(p => p.MaterialJa), Count = g.Count() })
            .ToListAsync(ct);

        return new BrowsePage(
            [.. rows.Select(r => r.ToCard(names))], query.Page, query.PageSize, total,
            [.. byCategory.Where(c => names.ContainsKey(c.Key)).OrderBy(c => names[c.Key].Position)
                .Select(c => new FacetCount(c.Key.ToString(), names[c.Key].Name, c.Count))],
            [.. byMaterial.OrderByDescending(m => m.Count).ThenBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new FacetCount(m.Key, LocalizedText.Dictionary(m.Key, m.En, m.Fr, m.Ja), m.Count))]);
    }

    /// <summary>The newest published products, for a home page.</summary>
    public async Task<IReadOnlyList<ProductCard>> Featured(int count, CancellationToken ct)
    {
        var names = await categories.NamesAsync(ct);
        var rows = await Published().OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id)
            .Take(Math.Clamp(count, 1, MaxPageSize)).Select(Card.Columns).ToListAsync(ct);
        return [.. rows.Select(r => r.ToCard(names))];
    }

    /// <summary>The taxonomy in the association's order, retired categories left out, with published counts.</summary>
    public Task<IReadOnlyList<CategoryCount>> Categories(CancellationToken ct) => categories.WithCountsAsync(ct);

    /// <summary>A published product with its variants and makers, or null (also for drafts and other associations' ids).</summary>
    public Task<ProductDetail?> GetPublishedProduct(ProductId id, CancellationToken ct) => products.DetailAsync(id, ct);

    private IQueryable<Product> Published() =>
        db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published);

    private static IQueryable<Product> Filter(IQueryable<Product> products, BrowseQuery q, bool byCategory, bool byMaterial)
    {
        if (byCategory && q.Category is { } category) products = products.Where(p => p.CategoryId == category);
        if (byMaterial && !string.IsNullOrWhiteSpace(q.Material))
        {
            var material = q.Material.Trim();
            products = products.Where(p => p.MaterialVi == material || p.MaterialEn == material);
        }
        if (q.MinPriceVnd is { } min) { var floor = (long)Math.Ceiling(min); products = products.Where(p => p.LowestPriceVnd >= floor); }
        if (q.MaxPriceVnd is { } max) { var ceiling = (long)Math.Floor(max); products = products.Where(p => p.LowestPriceVnd <= ceiling); }
        if (q.MaxMoq is { } moq) products = products.Where(p => p.MinimumOrderQuantity <= moq);
        return products;
    }

    private static IQueryable<Product> Sort(IQueryable<Product> products, string sort) => sort switch
    {
        BrowseSorts.PriceAscending => products.OrderBy(p => p.LowestPriceVnd).ThenBy(p => p.Id),
        BrowseSorts.PriceDescending => products.OrderByDescending(p => p.LowestPriceVnd).ThenBy(p => p.Id),
        BrowseSorts.Name when CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" => products.OrderBy(p => p.NameVi).ThenBy(p => p.Id),
        BrowseSorts.Name => products.OrderBy(p => p.NameEn).ThenBy(p => p.Id),
        _ => products.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id),
    };

    private static Error? Check(BrowseQuery q)
    {
        var errors = new Dictionary<string, string[]>();
        if (q.Page is < 1 or > MaxPage) errors["page"] = [$"Page must be between 1 and {MaxPage}."];
        if (q.PageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"Page size must be between 1 and {MaxPageSize}."];
        if (!BrowseSorts.All.Contains(q.Sort)) errors["sort"] = [$"Sort by one of: {string.Join(", ", BrowseSorts.All)}."];
        if (q.MinPriceVnd is < 0 or > ProductDetails.PriceMax) errors["minPriceVnd"] = ["Give a price in VND from 0."];
        if (q.MaxPriceVnd is < 0 or > ProductDetails.PriceMax) errors["maxPriceVnd"] = ["Give a price in VND from 0."];
        if (q.MinPriceVnd > q.MaxPriceVnd) errors["maxPriceVnd"] = ["The highest price must not be below the lowest."];
        if (q.MaxMoq is < 1) errors["maxMoq"] = ["The largest minimum order must be at least 1."];
        if ((q.Material?.Length ?? 0) > ProductDetails.ShortMax) errors["material"] = ["Material is too long."];
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }
}
