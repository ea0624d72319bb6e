using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Catalogue.Features;

/// <summary>The product as buyers and other modules see it once published: the payload of ProductPublished.</summary>
internal static class ProductSnapshot
{
    public static PublishedProduct From(Product p, Category? category, string tenantSlug) => new(
        p.Id, p.TenantId, tenantSlug, p.Name.ToDictionary(), p.Description.ToDictionary(), p.CategoryId,
        category?.Name.ToDictionary() ?? new Dictionary<string, string>(), p.Material.ToDictionary(), p.Technique.ToDictionary(),
        [.. p.Colours], p.BasePriceVnd, [.. p.PriceBreaks.Select(b => new PriceBreak(b.MinQuantity, b.UnitPriceVnd))],
        p.MinimumOrderQuantity, p.OrderMultiple, p.LeadTimeDays, p.MonthlyCapacity, [.. p.MakerIds.Select(m => new MemberId(m))],
        p.PlaceOfOrigin ?? "", p.PublishedAt ?? p.UpdatedAt, p.UpdatedAt)
    {
        Sku = p.Sku,
        Variants = [.. p.Variants.Select(v => new ProductVariantInfo(v.Sku, v.Size, v.Colour))],
        DimensionsCm = p.Dimensions is { LengthCm: null, WidthCm: null, HeightCm: null }
            ? null : new ProductDimensions(p.Dimensions.LengthCm, p.Dimensions.WidthCm, p.Dimensions.HeightCm),
        WeightGrams = p.WeightGrams,
        RawMaterialOrigin = p.RawMaterialOrigin,
        Packaging = p.Packaging,
        HsCode = p.HsCode,
    };
}

/// <summary>
/// A product's monthly capacity is what its makers together declared for its category (ADR 0009):
/// a member's capacity counts when its category, folded (case and tone marks ignored), equals the
/// category's Vietnamese name folded. Deactivated members make nothing. Null when nobody declared any.
/// </summary>
internal static class MakerCapacity
{
    public static int? For(Category? category, IEnumerable<MakerProfile> makers)
    {
        if (category is null) return null;
        var matching = makers.Where(m => m.Status != MemberStatus.Deactivated)
            .SelectMany(m => m.Capacities).Where(c => TextFolding.Fold(c.Category) == category.CapacityKey).ToList();
        return matching.Count == 0 ? null : (int)Math.Min(int.MaxValue, matching.Sum(c => (long)c.Quantity));
    }
}
