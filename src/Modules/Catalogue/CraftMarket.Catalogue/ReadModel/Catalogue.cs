using System.Runtime.CompilerServices;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.ReadModel;

/// <summary>Other modules' read access to the current association's catalogue (tenant-filtered).</summary>
internal sealed class Catalogue(CatalogueDb db, ITenantContext tenant) : ICatalogue
{
    public async Task<ProductAccess?> FindAccessAsync(ProductId id, CancellationToken ct)
    {
        var row = await db.Products.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.TenantId, p.Status, p.MakerIds }).FirstOrDefaultAsync(ct);
        return row is null ? null : new ProductAccess(row.Id, row.TenantId, row.Status, [.. row.MakerIds.Select(m => new MemberId(m))]);
    }

    public async IAsyncEnumerable<PublishedProduct> PublishedAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var published = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Id).AsAsyncEnumerable();
        await foreach (var product in published.WithCancellation(ct))
            yield return ProductSnapshot.From(product, categories.GetValueOrDefault(product.CategoryId), tenant.Slug ?? "");
    }

    public async Task<IReadOnlyList<PublishedProduct>> FindPublishedAsync(IReadOnlyCollection<ProductId> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id) && p.Status == ProductStatus.Published).ToListAsync(ct);
        if (products.Count == 0) return [];
        var categoryIds = products.Select(p => p.CategoryId).Distinct().ToList();
        var categories = await db.Categories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. products.Select(p => ProductSnapshot.From(p, categories.GetValueOrDefault(p.CategoryId), tenant.Slug ?? ""))];
    }

    public async Task<IReadOnlyList<ProductName>> NamesAsync(IReadOnlyCollection<ProductId> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var wanted = ids.Distinct().ToList();
        var rows = await db.Products.AsNoTracking().Where(p => wanted.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Status }).ToListAsync(ct);
        return [.. rows.Select(r => new ProductName(r.Id, r.Name.ToDictionary(), r.Status))];
    }

    public async IAsyncEnumerable<ProductOutline> AllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name.ToDictionary(), ct);
        var all = db.Products.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.TenantId, p.Status, p.MakerIds, p.CategoryId, p.NameVi, p.NameEn, p.NameFr, p.NameJa }).AsAsyncEnumerable();
        await foreach (var p in all.WithCancellation(ct))
            yield return new ProductOutline(new ProductAccess(p.Id, p.TenantId, p.Status, [.. p.MakerIds.Select(m => new MemberId(m))]),
                categories.GetValueOrDefault(p.CategoryId) ?? new Dictionary<string, string>())
            {
                CategoryId = p.CategoryId,
                Name = new LocalizedText(p.NameVi, p.NameEn, p.NameFr, p.NameJa).ToDictionary(),
            };
    }
}
