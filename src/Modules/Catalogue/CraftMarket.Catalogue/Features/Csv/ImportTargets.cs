using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Csv;

/// <summary>The products a file's rows refer to, loaded in two queries, and the SKU checks across the file.</summary>
internal sealed class ImportTargets(IReadOnlyDictionary<ProductId, Product> byId, IReadOnlyDictionary<string, ProductId> skuOwners)
{
    public static async Task<ImportTargets> LoadAsync(CatalogueDb db, IReadOnlyList<CsvRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => Guid.TryParse(r.Text(CsvLayout.Id), out var g) ? new ProductId(g) : (ProductId?)null).OfType<ProductId>().ToList();
        var skus = rows.Select(r => Skus.Normalize(r.Text(CsvLayout.Sku))).OfType<string>().Distinct().ToList();
        var owners = await db.Skus.AsNoTracking().Where(s => skus.Contains(s.Sku)).ToDictionaryAsync(s => s.Sku, s => s.ProductId, ct);
        var wanted = ids.Concat(owners.Values).Distinct().ToList();
        var products = await db.Products.Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        return new ImportTargets(products, owners);
    }

    /// <summary>The product a row changes: by id when given (which must exist here), else by its own SKU; null creates one.</summary>
    public Product? For(CsvRow row)
    {
        if (row.Optional(CsvLayout.Id) is { } text)
        {
            if (Guid.TryParse(text, out var id) && byId.TryGetValue(new ProductId(id), out var byIdTarget)) return byIdTarget;
            row.Fail(CsvLayout.Id, "No product with this id in this association.");
            return null;
        }
        return Skus.Normalize(row.Text(CsvLayout.Sku)) is { } sku && skuOwners.TryGetValue(sku, out var owner)
            && byId.TryGetValue(owner, out var bySku) && bySku.Sku == sku ? bySku : null;
    }

    /// <summary>A SKU may appear once in the file, and not belong to another product of the catalogue.</summary>
    public static async Task CheckSkusAsync(CatalogueDb db, IReadOnlyList<ImportPlan> plans, CancellationToken ct)
    {
        var all = plans.SelectMany(p => SkusOf(p).Select(s => s.Sku)).Distinct().ToList();
        var owners = await db.Skus.AsNoTracking().Where(s => all.Contains(s.Sku)).ToDictionaryAsync(s => s.Sku, s => s.ProductId, ct);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var plan in plans)
            foreach (var (sku, column) in SkusOf(plan))
            {
                if (!seen.TryAdd(sku, plan.Row.Row)) plan.Row.Fail(column, $"SKU {sku} is also used in row {seen[sku]}.");
                else if (owners.TryGetValue(sku, out var owner) && owner != plan.Target?.Id) plan.Row.Fail(column, $"SKU {sku} belongs to another product.");
            }
    }

    private static IEnumerable<(string Sku, string Column)> SkusOf(ImportPlan plan)
    {
        if (plan.Details.Sku is { } sku) yield return (sku, CsvLayout.Sku);
        foreach (var variant in plan.Details.Variants) yield return (variant.Sku, CsvLayout.Variants);
    }
}
