using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>Wholesale price break: from <see cref="MinQuantity"/> pieces on, each costs <see cref="UnitPriceVnd"/>.</summary>
public sealed record PriceBreak(int MinQuantity, decimal UnitPriceVnd);

/// <summary>
/// A published product as buyers, search and other modules see it: everything the storefront
/// shows, in every language the association wrote it in. Texts are keyed by language code
/// ("vi" always present, "en" always present once published, "fr" and "ja" optional).
/// Prices are in VND, the association's base currency; display currencies are applied at render.
/// </summary>
public sealed record PublishedProduct(
    ProductId Id,
    TenantId TenantId,
    string TenantSlug,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string> Description,
    CategoryId CategoryId,
    IReadOnlyDictionary<string, string> CategoryName,
    IReadOnlyDictionary<string, string> Material,
    IReadOnlyDictionary<string, string> Technique,
    IReadOnlyList<string> Colours,
    decimal BasePriceVnd,
    IReadOnlyList<PriceBreak> PriceBreaks,
    int MinimumOrderQuantity,
    int OrderMultiple,
    int LeadTimeDays,
    int? MonthlyCapacity,
    IReadOnlyList<MemberId> Makers,
    string PlaceOfOrigin,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt)
{
    // Added after the first contract, as init-only properties so existing constructor calls keep compiling.

    /// <summary>The product's own stock-keeping code, unique within the association.</summary>
    public string Sku { get; init; } = "";

    /// <summary>Sizes and colours a buyer can order separately, each with its own SKU.</summary>
    public IReadOnlyList<ProductVariantInfo> Variants { get; init; } = [];

    public ProductDimensions? DimensionsCm { get; init; }
    public int? WeightGrams { get; init; }
    public string? RawMaterialOrigin { get; init; }
    public string? Packaging { get; init; }

    /// <summary>Digits only, 6 to 10 (e.g. "691310" for 6913.10).</summary>
    public string? HsCode { get; init; }
}

public sealed record ProductVariantInfo(string Sku, string? Size, string? Colour);

/// <summary>Outer size in centimetres; any may be unknown.</summary>
public sealed record ProductDimensions(decimal? LengthCm, decimal? WidthCm, decimal? HeightCm);

/// <summary>Who may touch a product and whether it is public: what Media needs before accepting or serving a photo.</summary>
public sealed record ProductAccess(ProductId Id, TenantId TenantId, ProductStatus Status, IReadOnlyList<MemberId> Makers)
{
    public bool IsPublic => Status == ProductStatus.Published;
    public bool IsMadeBy(MemberId member) => Makers.Contains(member);
}
