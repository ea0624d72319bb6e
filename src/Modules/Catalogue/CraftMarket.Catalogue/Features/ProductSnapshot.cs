using CraftMarket.SharedKernel.Text;
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
        [.. p.Colours], p.BasePrice, [.. p.PriceBreaks.Select(b => new PriceBreak(b.MinQuantity, b.UnitPrice))],
        p.MinimumOrderQuantity, p.OrderMultiple, p.LeadTimeDays, p.MonthlyCapacity, [.. p.MakerIds.Select(m => new MemberId(m))],
        p.PlaceOfOrigin ?? "", p.PublishedAt ?? p.UpdatedAt, p.UpdatedAt)
    {
        Sku = p.Sku,
        Unit = p.Unit,
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
/// A product's monthly capacity is what its makers together published for its category (ADR 0009):
/// a member's capacity counts when its category, folded (case and tone marks ignored), equals the
/// category's Vietnamese name folded. Only active members who chose to show their capacity count:
/// Members never hands over a private figure, so no sum can reveal one. Null when nobody published any.
/// </summary>
internal static class MakerCapacity
{
    public static int? For(Category? category, IEnumerable<MakerProfile> makers)
    {
        if (category is null) return null;
        var matching = makers.Where(m => m.Status == MemberStatus.Active)
            .SelectMany(m => m.PublicCapacities ?? []).Where(c => TextFolding.Fold(c.Category) == category.CapacityKey).ToList();
        return matching.Count == 0 ? null : (int)Math.Min(int.MaxValue, matching.Sum(c => (long)c.Quantity));
    }

    /// <summary>Some active maker keeps its capacity private: the product can make more than it shows.</summary>
    public static bool IsPartial(IEnumerable<MakerProfile> makers) =>
        makers.Any(m => m.Status == MemberStatus.Active && m.PublicCapacities is null);
}
