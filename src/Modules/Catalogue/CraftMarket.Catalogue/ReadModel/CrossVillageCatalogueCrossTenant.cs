using System.Runtime.CompilerServices;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.ReadModel;

/// <summary>
/// The platform host's view across villages: only published products, and only of associations
/// that are active (a suspended association's catalogue disappears from the marketplace too).
/// Read-only, through the cross-tenant gateway; nothing here ever writes.
/// </summary>
internal sealed class CrossVillageCatalogue(CatalogueDb db, ITenantDirectory tenants) : ICrossVillageCatalogue
{
    private static readonly CrossTenantReason Featured = new("platform landing page: newest published products of each active village");
    private static readonly CrossTenantReason Reindex = new("cross-village search reindex: published products of one active village");

    public async Task<IReadOnlyList<PublishedProduct>> FeaturedAsync(int perVillage, CancellationToken ct)
    {
        var take = Math.Clamp(perVillage, 1, 50);
        var result = new List<PublishedProduct>();
        foreach (var village in tenants.All.Where(t => t.IsActive))
        {
            var id = village.Id;
            var products = await db.AcrossAllTenants<Product>(Featured)
                .Where(p => p.TenantId == id && p.Status == ProductStatus.Published)
                .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id).Take(take).ToListAsync(ct);
            if (products.Count == 0) continue;
            var categories = await CategoriesOf(id, Featured, ct);
            result.AddRange(products.Select(p => ProductSnapshot.From(p, categories.GetValueOrDefault(p.CategoryId), village.Slug)));
        }
        return result;
    }

    public async IAsyncEnumerable<PublishedProduct> PublishedAsync(TenantId tenant, [EnumeratorCancellation] CancellationToken ct)
    {
        if (tenants.FindById(tenant) is not { IsActive: true } village) yield break;
        var categories = await CategoriesOf(tenant, Reindex, ct);
        var products = db.AcrossAllTenants<Product>(Reindex)
            .Where(p => p.TenantId == tenant && p.Status == ProductStatus.Published).OrderBy(p => p.Id).AsAsyncEnumerable();
        await foreach (var product in products.WithCancellation(ct))
            yield return ProductSnapshot.From(product, categories.GetValueOrDefault(product.CategoryId), village.Slug);
    }

    private Task<Dictionary<CategoryId, Category>> CategoriesOf(TenantId tenant, CrossTenantReason reason, CancellationToken ct) =>
        db.AcrossAllTenants<Category>(reason).Where(c => c.TenantId == tenant).ToDictionaryAsync(c => c.Id, ct);
}
