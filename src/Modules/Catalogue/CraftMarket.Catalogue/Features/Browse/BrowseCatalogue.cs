using CraftMarket.SharedKernel.Lists;
using System.Globalization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>
/// The public catalogue of the current association: only published products, read without
/// tracking, projecting only what a card shows. Every filter and sort order has an index that
/// starts (tenant, status), and paging is Skip/Take on that order with the id as tie-breaker.
/// Totals and facet counts come from <see cref="ListingCache"/>. Storefront pages and the public
/// API both use this handler.
/// </summary>
internal sealed class BrowseCatalogue(CatalogueDb db, ITenantContext tenant, PublicCategories categories, PublicProducts products, ListingCache cache)
{
    public async Task<Result<BrowsePage>> Browse(BrowseQuery query, CancellationToken ct)
    {
        if (Check(query) is { } invalid) return invalid;
        var names = await categories.NamesAsync(ct);
        var published = Published();
        var filtered = Filter(published, query, byCategory: true, byMaterial: true);
        var rows = await Sort(filtered, query.Sort).Skip(Paging.Skip(query.Page, query.PageSize)).Take(query.PageSize)
            .Select(Card.Columns).ToListAsync(ct);
        var counts = await cache.GetOrAddAsync(tenant.TenantId ?? default, CountsKey(query), () => Counts(query, ct));

        return new BrowsePage(
            [.. rows.Select(r => r.ToCard(names))], query.Page, query.PageSize, counts.Total,
            [.. counts.Categories.Where(c => names.ContainsKey(c.Key)).OrderBy(c => names[c.Key].Position)
                .Select(c => new FacetCount(c.Key.ToString(), names[c.Key].Name, c.Count))],
            [.. counts.Materials.OrderByDescending(m => m.Count).ThenBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new FacetCount(m.Key, LocalizedText.Dictionary(m.Key, m.En, m.Fr, m.Ja), m.Count))]);
    }

    private sealed record MaterialCount(string Key, string? En, string? Fr, string? Ja, int Count);
    private sealed record ListingCounts(int Total, IReadOnlyList<(CategoryId Key, int Count)> Categories, IReadOnlyList<MaterialCount> Materials);

    /// <summary>The total and both facets: each facet counts under every filter but its own, so a buyer can switch.</summary>
    private async Task<ListingCounts> Counts(BrowseQuery query, CancellationToken ct)
    {
        var published = Published();
        var total = await Filter(published, query, byCategory: true, byMaterial: true).CountAsync(ct);
        var byCategory = await Filter(published, query, byCategory: false, byMaterial: true)
            .GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byMaterial = await Filter(published, query, byCategory: true, byMaterial: false)
            .Where(p => p.MaterialVi != null)
            .GroupBy(p => p.MaterialVi!)
            .Select(g => new MaterialCount(g.Key, g.Max(p => p.MaterialEn), g.Max(p => p.MaterialFr), g.Max(p => p.MaterialJa), g.Count()))
            .ToListAsync(ct);
        return new ListingCounts(total, [.. byCategory.Select(c => (c.Key, c.Count))], byMaterial);
    }

    private static string CountsKey(BrowseQuery q) =>
        FormattableString.Invariant($"browse:{q.Category}:{q.Material?.Trim()}:{q.MinPriceVnd}:{q.MaxPriceVnd}:{q.MaxMoq}:{OnlyKey(q.Only)}");

    /// <summary>The kept counts of a filter by products are those of that very set: a certificate's change makes another key.</summary>
    private static string OnlyKey(IReadOnlySet<ProductId>? only)
    {
        if (only is null) return "";
        var hash = new HashCode();
        foreach (var id in only.Select(p => p.Value).Order()) hash.Add(id);
        return FormattableString.Invariant($"{only.Count}.{hash.ToHashCode()}");
    }

    /// <summary>The newest published products, for a home page.</summary>
    public async Task<IReadOnlyList<ProductCard>> Featured(int count, CancellationToken ct)
    {
        var names = await categories.NamesAsync(ct);
        var rows = await Published().OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Take(Math.Clamp(count, 1, Paging.MaxPageSize)).Select(Card.Columns).ToListAsync(ct);
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
        // The filter is in đồng, which have no minor unit: whole đồng compare with the minor-unit column as they are.
        if (q.MinPriceVnd is { } min) { var floor = (long)Math.Ceiling(min); products = products.Where(p => p.LowestPriceMinor >= floor); }
        if (q.MaxPriceVnd is { } max) { var ceiling = (long)Math.Floor(max); products = products.Where(p => p.LowestPriceMinor <= ceiling); }
        if (q.MaxMoq is { } moq) products = products.Where(p => p.MinimumOrderQuantity <= moq);
        if (q.Only is { } only) { var ids = only.ToList(); products = products.Where(p => ids.Contains(p.Id)); }
        return products;
    }

    private static IQueryable<Product> Sort(IQueryable<Product> products, string sort) => sort switch
    {
        // The tie-breaker runs in the same direction as the key, so one index walk serves both.
        BrowseSorts.PriceAscending => products.OrderBy(p => p.LowestPriceMinor).ThenBy(p => p.Id),
        BrowseSorts.PriceDescending => products.OrderByDescending(p => p.LowestPriceMinor).ThenByDescending(p => p.Id),
        BrowseSorts.Name when CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" => products.OrderBy(p => p.NameVi).ThenBy(p => p.Id),
        BrowseSorts.Name => products.OrderBy(p => p.NameEn).ThenBy(p => p.Id),
        _ => products.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id),
    };

    private static Error? Check(BrowseQuery q)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(q.Page, q.PageSize, errors);
        if (!BrowseSorts.All.Contains(q.Sort)) errors["sort"] = [$"Sort by one of: {string.Join(", ", BrowseSorts.All)}."];
        if (q.MinPriceVnd is < 0 or > ProductDetails.PriceMax) errors["minPriceVnd"] = ["Give a price in VND from 0."];
        if (q.MaxPriceVnd is < 0 or > ProductDetails.PriceMax) errors["maxPriceVnd"] = ["Give a price in VND from 0."];
        if (q.MinPriceVnd > q.MaxPriceVnd) errors["maxPriceVnd"] = ["The highest price must not be below the lowest."];
        if (q.MaxMoq is < 1) errors["maxMoq"] = ["The largest minimum order must be at least 1."];
        if ((q.Material?.Length ?? 0) > ProductDetails.ShortMax) errors["material"] = ["Material is too long."];
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }
}
