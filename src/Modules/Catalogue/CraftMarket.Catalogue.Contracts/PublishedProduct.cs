using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>Wholesale price break: from <see cref="MinQuantity"/> units (the product's <see cref="PublishedProduct.Unit"/>) on, each costs <see cref="UnitPrice"/>.</summary>
public sealed record PriceBreak(int MinQuantity, Money UnitPrice)
{
    /// <summary>
    /// The unit price in đồng, kept for API clients written before Money (ADR 0022); null for another
    /// currency. Reading JSON written before Money (stored messages, search documents) fills
    /// <see cref="UnitPrice"/> from it.
    /// </summary>
    public decimal? UnitPriceVnd
    {
        get => UnitPrice?.Currency == Currency.VND ? UnitPrice.Major : null;
        init { if (UnitPrice is null && value is { } dong) UnitPrice = new Money(decimal.ToInt64(dong), Currency.VND); }
    }
}

/// <summary>
/// A published product as buyers, search and other modules see it: everything the storefront
/// shows, in every language the association wrote it in. Texts are keyed by language code
/// ("vi" always present, "en" always present once published, "fr" and "ja" optional).
/// Prices are Money in the association's base currency (VND for every village); display currencies
/// are applied at render, through the association's dated rates.
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
    Money BasePrice,
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

    /// <summary>
    /// The base price in đồng, kept for API clients written before Money (ADR 0022); null for another
    /// currency. Reading JSON written before Money (stored messages, search documents) fills
    /// <see cref="BasePrice"/> from it.
    /// </summary>
    public decimal? BasePriceVnd
    {
        get => BasePrice?.Currency == Currency.VND ? BasePrice.Major : null;
        init { if (BasePrice is null && value is { } dong) BasePrice = new Money(decimal.ToInt64(dong), Currency.VND); }
    }

    /// <summary>
    /// What the base price, price breaks, MOQ and order multiple count in (ADR 0073). Snapshots
    /// written before units (stored events, search documents) read as pieces.
    /// </summary>
    public UnitOfSale Unit { get; init; } = UnitOfSale.Default;

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
