using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>
/// A published product as the public API answers it: what the product page shows, and nothing the
/// platform keeps for itself. The snapshot other modules read (<see cref="PublishedProduct"/>) also
/// carries the tenant id and every maker's id, including households that chose not to be listed;
/// neither goes out here. Who makes the product is <see cref="PublicProductDetail.Makers"/>, where an
/// unlisted household has no id.
/// </summary>
internal sealed record PublicProductView(
    ProductId Id, string TenantSlug, string Sku,
    IReadOnlyDictionary<string, string> Name, IReadOnlyDictionary<string, string> Description,
    CategoryId CategoryId, IReadOnlyDictionary<string, string> CategoryName,
    IReadOnlyDictionary<string, string> Material, IReadOnlyDictionary<string, string> Technique,
    IReadOnlyList<string> Colours, IReadOnlyList<ProductVariantInfo> Variants,
    Money BasePrice, decimal? BasePriceVnd, IReadOnlyList<PriceBreak> PriceBreaks,
    int MinimumOrderQuantity, int OrderMultiple, int LeadTimeDays, int? MonthlyCapacity,
    ProductDimensions? DimensionsCm, int? WeightGrams, string? RawMaterialOrigin, string? Packaging, string? HsCode,
    string PlaceOfOrigin, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The unit of sale's code: the prices, breaks, MOQ and order multiple are per this unit (ADR 0073).</summary>
    public string Unit { get; init; } = CraftMarket.SharedKernel.Trade.UnitOfSale.Default.Code;

    public static PublicProductView From(PublishedProduct p) => new(
        p.Id, p.TenantSlug, p.Sku, p.Name, p.Description, p.CategoryId, p.CategoryName, p.Material, p.Technique,
        p.Colours, p.Variants, p.BasePrice, p.BasePriceVnd, p.PriceBreaks, p.MinimumOrderQuantity, p.OrderMultiple,
        p.LeadTimeDays, p.MonthlyCapacity, p.DimensionsCm, p.WeightGrams, p.RawMaterialOrigin, p.Packaging, p.HsCode,
        p.PlaceOfOrigin, p.PublishedAt, p.UpdatedAt) { Unit = p.Unit.Code };
}

/// <summary>GET /api/catalogue/public/products/{id}: the product and who makes it, as the page shows them.</summary>
internal sealed record PublicProductDetail(PublicProductView Product, IReadOnlyList<PublicMaker> Makers, bool CapacityIsPartial)
{
    public static PublicProductDetail From(ProductDetail d) => new(PublicProductView.From(d.Product), d.Makers, d.CapacityIsPartial);
}
