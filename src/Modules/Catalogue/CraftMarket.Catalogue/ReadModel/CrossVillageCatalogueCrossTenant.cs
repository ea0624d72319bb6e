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
    private static readonly CrossTenantReason Featured = new("platform landing page: newest published products of each active village on the page");
    private static readonly CrossTenantReason Reindex = new("cross-village search reindex: published products of one active village");

    /// <summary>At most this many villages per call (a landing page shows 24): one indexed query each, then one for their categories.</summary>
    public const int MaxVillages = 100;

    public async Task<IReadOnlyList<PublishedProduct>> FeaturedAsync(IReadOnlyCollection<TenantId> villages, int perVillage, CancellationToken ct)
    {
        var take = Math.Clamp(perVillage, 1, 50);
        var found = new List<(ResolvedTenant Village, Product Product)>();
        foreach (var village in villages.Distinct().Take(MaxVillages).Select(tenants.FindById).OfType<ResolvedTenant>().Where(t => t.IsActive))
        {
            var id = village.Id;
            var products = await db.AcrossAllTenants<Product>(Featured)
                .Where(p => p.TenantId == id && p.Status == ProductStatus.Published)
                .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Id).Take(take).ToListAsync(ct);
            found.AddRange(products.Select(p => (village, p)));
        }
        if (found.Count == 0) return [];
        var categoryIds = found.Select(f => f.Product.CategoryId).Distinct().ToList();
        var categories = await db.AcrossAllTenants<Category>(Featured).Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. found.Select(f => ProductSnapshot.From(f.Product, categories.GetValueOrDefault(f.Product.CategoryId), f.Village.Slug))];
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
