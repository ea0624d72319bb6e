using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>One published product for its page: the snapshot buyers see, with makers and capacity read live from Members.</summary>
internal sealed class PublicProducts(CatalogueDb db, ITenantContext tenant, IMemberDirectory members)
{
    public async Task<ProductDetail?> DetailAsync(ProductId id, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Status == ProductStatus.Published, ct);
        if (product is null) return null;
        var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == product.CategoryId, ct);
        var makers = await members.MakersAsync([.. product.MakerIds.Select(m => new MemberId(m))], ct);
        // Capacity is read live (makers change their declarations); the loaded entity stays as stored.
        // Maker ids stay out of what pages render: an unlisted household must not be traceable from its products.
        var snapshot = ProductSnapshot.From(product, category, tenant.Slug ?? "") with { MonthlyCapacity = MakerCapacity.For(category, makers), Makers = [] };
        return new ProductDetail(snapshot, [.. makers.OrderBy(m => m.DisplayName, StringComparer.Ordinal).Select(Public)],
            MakerCapacity.IsPartial(makers));
    }

    /// <summary>A member not listed publicly (invited, deactivated) is shown by its kind only.</summary>
    private static PublicMaker Public(MakerProfile m) => m.IsPubliclyListed
        ? new PublicMaker(m.Id.Value, m.DisplayName, m.Commune, m.Kind)
        : new PublicMaker(null, m.Kind == MemberKind.Household ? "A member household" : "A member of the association", null, m.Kind);
}
