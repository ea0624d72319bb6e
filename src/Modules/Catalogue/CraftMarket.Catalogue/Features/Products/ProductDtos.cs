using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Features.Products;

/// <summary>
/// A product as the API accepts it (create and edit). Texts are objects keyed by language:
/// {"vi": "...", "en": "...", "fr": "...", "ja": "..."}. Prices are whole VND. Leaving out
/// makers keeps the product's makers; on creation by a producer, their own member is the maker.
/// </summary>
internal sealed record ProductRequest(
    Guid CategoryId,
    string? Sku,
    Dictionary<string, string?>? Name,
    Dictionary<string, string?>? Description,
    Dictionary<string, string?>? Material,
    Dictionary<string, string?>? Technique,
    decimal? LengthCm,
    decimal? WidthCm,
    decimal? HeightCm,
    int? WeightGrams,
    IReadOnlyList<string>? Colours,
    IReadOnlyList<VariantDto>? Variants,
    string? RawMaterialOrigin,
    string? Packaging,
    string? HsCode,
    string? PlaceOfOrigin,
    long? BasePriceVnd,
    IReadOnlyList<PriceBreakDto>? PriceBreaks,
    int? MinimumOrderQuantity,
    int? OrderMultiple,
    int? LeadTimeDays,
    IReadOnlyList<Guid>? Makers)
{
    /// <summary>
    /// The unit of sale's code ("piece", "set", "pair", "metre", "yard", "kg", "m2", "dozen"); prices,
    /// breaks, MOQ and order multiple count in it. Left out: piece on creation, unchanged on edit.
    /// </summary>
    public string? Unit { get; init; }

    // Null list items ("variants": [null]) become empty entries so validation names them with a 400.
    public ProductDetails ToDetails(IReadOnlyList<MemberId> defaultMakers, string? currentUnit = null) => new(
        new CategoryId(CategoryId), Sku,
        LocalizedText.From(Name), LocalizedText.From(Description), LocalizedText.From(Material), LocalizedText.From(Technique),
        new Dimensions(LengthCm, WidthCm, HeightCm), WeightGrams, [.. (Colours ?? []).Where(c => c is not null)],
        [.. (Variants ?? []).Select(v => new ProductVariant(v?.Sku ?? "", v?.Size, v?.Colour))],
        RawMaterialOrigin, Packaging, HsCode, PlaceOfOrigin, VndPrices.From(BasePriceVnd),
        [.. (PriceBreaks ?? []).Select(b => new PriceTier(b?.MinQuantity ?? 0, VndPrices.From(b?.UnitPriceVnd ?? 0)!))],
        MinimumOrderQuantity ?? 1, OrderMultiple ?? 1, LeadTimeDays ?? 0,
        Makers is { Count: > 0 } makers ? [.. makers.Select(m => new MemberId(m))] : defaultMakers)
    {
        // An empty string is a bad code (400), not a request to keep the unit.
        UnitCode = Unit ?? currentUnit ?? UnitOfSale.Default.Code,
    };

    public static ProductRequest From(ProductDto p) => new(
        p.CategoryId, p.Sku, Texts(p.Name), Texts(p.Description), Texts(p.Material), Texts(p.Technique), p.LengthCm, p.WidthCm,
        p.HeightCm, p.WeightGrams, p.Colours, p.Variants, p.RawMaterialOrigin, p.Packaging, p.HsCode, p.PlaceOfOrigin, p.BasePriceVnd,
        p.PriceBreaks, p.MinimumOrderQuantity, p.OrderMultiple, p.LeadTimeDays, p.Makers) { Unit = p.Unit };

    private static Dictionary<string, string?> Texts(IReadOnlyDictionary<string, string> texts) => texts.ToDictionary(t => t.Key, t => (string?)t.Value);
}

internal sealed record VariantDto(string Sku, string? Size, string? Colour);

internal sealed record PriceBreakDto(int MinQuantity, long UnitPriceVnd);

/// <summary>The whole product as its makers and the association see it, with its status and the association's comment.</summary>
internal sealed record ProductDto(
    Guid Id, string Sku, ProductStatus Status, string? ReviewComment, Guid CategoryId,
    IReadOnlyDictionary<string, string> Name, IReadOnlyDictionary<string, string> Description,
    IReadOnlyDictionary<string, string> Material, IReadOnlyDictionary<string, string> Technique,
    decimal? LengthCm, decimal? WidthCm, decimal? HeightCm, int? WeightGrams, IReadOnlyList<string> Colours,
    IReadOnlyList<VariantDto> Variants, string? RawMaterialOrigin, string? Packaging, string? HsCode, string? PlaceOfOrigin,
    long BasePriceVnd, IReadOnlyList<PriceBreakDto> PriceBreaks, int MinimumOrderQuantity, int OrderMultiple, int LeadTimeDays,
    int? MonthlyCapacity, IReadOnlyList<Guid> Makers, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt, DateTimeOffset? PublishedAt)
{
    /// <summary>The unit of sale's code: the base price, breaks, MOQ and order multiple are per this unit.</summary>
    public string Unit { get; init; } = UnitOfSale.Default.Code;

    public static ProductDto From(Product p) => new(
        p.Id.Value, p.Sku, p.Status, p.ReviewComment, p.CategoryId.Value, p.Name.ToDictionary(), p.Description.ToDictionary(),
        p.Material.ToDictionary(), p.Technique.ToDictionary(), p.Dimensions.LengthCm, p.Dimensions.WidthCm, p.Dimensions.HeightCm,
        p.WeightGrams, p.Colours, [.. p.Variants.Select(v => new VariantDto(v.Sku, v.Size, v.Colour))], p.RawMaterialOrigin,
        p.Packaging, p.HsCode, p.PlaceOfOrigin, VndPrices.Dong(p.BasePrice), [.. p.PriceBreaks.Select(b => new PriceBreakDto(b.MinQuantity, VndPrices.Dong(b.UnitPrice)))],
        p.MinimumOrderQuantity, p.OrderMultiple, p.LeadTimeDays, p.MonthlyCapacity, p.MakerIds, p.CreatedAt, p.UpdatedAt,
        p.SubmittedAt, p.PublishedAt) { Unit = p.Unit.Code };
}

/// <summary>A row of a product list (mine, the review queue): enough to choose which to open.</summary>
/// <param name="Untranslated">Languages (en, fr, ja) that some text written in Vietnamese still lacks.</param>
internal sealed record ProductRow(
    Guid Id, string Sku, IReadOnlyDictionary<string, string> Name, Guid CategoryId, ProductStatus Status, string? ReviewComment,
    long BasePriceVnd, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, IReadOnlyList<string> Untranslated);
/// <summary>One audit entry: who, when, what.</summary>
internal sealed record ChangeDto(DateTimeOffset At, string UserId, string UserName, string Action, string? Comment, IReadOnlyList<FieldChange> Fields);
