using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// Everything a producer or the association edits about a product. <see cref="Validate"/> checks
/// what saving needs (Vietnamese texts, coherent trade terms) and names each bad field as the API
/// spells it ("name.vi", "priceBreaks[1].unitPriceVnd"); <see cref="CheckPublishable"/> adds what
/// buyers need (English texts).
/// </summary>
internal sealed record ProductDetails(
    CategoryId CategoryId,
    string? Sku,
    LocalizedText Name,
    LocalizedText Description,
    LocalizedText Material,
    LocalizedText Technique,
    Dimensions Dimensions,
    int? WeightGrams,
    IReadOnlyList<string> Colours,
    IReadOnlyList<ProductVariant> Variants,
    string? RawMaterialOrigin,
    string? Packaging,
    string? HsCode,
    string? PlaceOfOrigin,
    Money? BasePrice,
    IReadOnlyList<PriceTier> PriceBreaks,
    int MinimumOrderQuantity,
    int OrderMultiple,
    int LeadTimeDays,
    IReadOnlyList<MemberId> Makers)
{
    public const int NameMax = 200, DescriptionMax = 4000, ShortMax = 200, PackagingMax = 500, SkuMax = 40;
    /// <summary>Ten billion major units (đồng): a ceiling on typing mistakes, far above any craft product.</summary>
    public const long PriceMax = 10_000_000_000;

    /// <summary>
    /// The unit's code as given (API, form, CSV); the price, price breaks, MOQ and case size all count
    /// in it (ADR 0073). <see cref="Validate"/> refuses a code that is not a <see cref="UnitOfSale"/>.
    /// </summary>
    public string UnitCode { get; init; } = UnitOfSale.Default.Code;

    /// <summary>The unit, once <see cref="Validate"/> has accepted <see cref="UnitCode"/>.</summary>
    public UnitOfSale Unit => UnitOfSale.FromCode(UnitCode);

    public Result<ProductDetails> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors.TryAdd(field, [message]);

        if (CategoryId.Value == Guid.Empty) Fail("categoryId", "Choose a category.");
        Texts("name", Name, NameMax, required: true, Fail);
        Texts("description", Description, DescriptionMax, required: true, Fail);
        Texts("material", Material, ShortMax, required: false, Fail);
        Texts("technique", Technique, ShortMax, required: false, Fail);
        var sku = Skus.Normalize(Sku);
        if (sku is not null && !Skus.IsValid(sku)) Fail("sku", Skus.Rule);

        Size("lengthCm", Dimensions?.LengthCm, Fail);
        Size("widthCm", Dimensions?.WidthCm, Fail);
        Size("heightCm", Dimensions?.HeightCm, Fail);
        if (WeightGrams is < 1 or > 10_000_000) Fail("weightGrams", "Weight must be between 1 g and 10 tonnes.");
        var colours = Clean(Colours);
        if (colours.Count > 20) Fail("colours", "At most 20 colours.");
        if (colours.Any(c => c.Length > 50)) Fail("colours", "Each colour at most 50 characters.");

        var variants = Variants ?? [];
        if (variants.Count > 100) Fail("variants", "At most 100 variants.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (sku is not null) seen.Add(sku);
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            var variantSku = Skus.Normalize(v?.Sku);
            if (variantSku is null) Fail($"variants[{i}].sku", "Each variant needs its own SKU.");
            else if (!Skus.IsValid(variantSku)) Fail($"variants[{i}].sku", Skus.Rule);
            else if (!seen.Add(variantSku)) Fail($"variants[{i}].sku", "This SKU is used twice in this product.");
            if (string.IsNullOrWhiteSpace(v?.Size) && string.IsNullOrWhiteSpace(v?.Colour)) Fail($"variants[{i}].size", "Give the variant's size or colour.");
            if ((v?.Size?.Length ?? 0) > 50) Fail($"variants[{i}].size", "At most 50 characters.");
            if ((v?.Colour?.Length ?? 0) > 50) Fail($"variants[{i}].colour", "At most 50 characters.");
        }

        if ((RawMaterialOrigin?.Length ?? 0) > ShortMax) Fail("rawMaterialOrigin", $"At most {ShortMax} characters.");
        if ((PlaceOfOrigin?.Length ?? 0) > ShortMax) Fail("placeOfOrigin", $"At most {ShortMax} characters.");
        if ((Packaging?.Length ?? 0) > PackagingMax) Fail("packaging", $"At most {PackagingMax} characters.");
        var hs = HsCodes.Normalize(HsCode);
        if (hs is not null && !HsCodes.IsValid(hs)) Fail("hsCode", "An HS code has 6 to 10 digits, e.g. 6913.10.");

        if (!UnitOfSale.TryParse(UnitCode, out var unit)) Fail("unit", $"Choose the unit of sale: one of {UnitOfSale.Codes}.");
        TradeTerms(Fail);

        var makers = (Makers ?? []).Where(m => m.Value != Guid.Empty).Distinct().ToList();
        if (makers.Count == 0) Fail("makers", "Name at least one member household or enterprise that makes it.");
        if (makers.Count > 50) Fail("makers", "At most 50 makers.");

        if (errors.Count > 0) return Error.Validation(errors);
        return this with
        {
            Sku = sku,
            UnitCode = unit!.Code,
            Name = Name.Clean(), Description = Description.Clean(),
            Material = (Material ?? LocalizedText.Empty).Clean(), Technique = (Technique ?? LocalizedText.Empty).Clean(),
            Dimensions = Dimensions ?? Dimensions.Unknown,
            Colours = colours,
            Variants = [.. variants.Select(v => new ProductVariant(Skus.Normalize(v.Sku)!, Blank(v.Size), Blank(v.Colour)))],
            RawMaterialOrigin = Blank(RawMaterialOrigin), Packaging = Blank(Packaging), PlaceOfOrigin = Blank(PlaceOfOrigin), HsCode = hs,
            PriceBreaks = [.. PriceBreaks ?? []],
            Makers = makers,
        };
    }

    /// <summary>The four texts staff translate, by the API's field names.</summary>
    public IReadOnlyList<(string Field, LocalizedText Text)> TextFields =>
        [("name", Name), ("description", Description), ("material", Material ?? LocalizedText.Empty), ("technique", Technique ?? LocalizedText.Empty)];

    /// <summary>Buyers abroad read English: every text written in Vietnamese needs its English before publishing.</summary>
    public Error? CheckPublishable()
    {
        var errors = MissingTranslations("en").ToDictionary(field => $"{field}.en",
            _ => new[] { "The English text is required before the product can be published." });
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }

    /// <summary>The fields written in Vietnamese that have no <paramref name="language"/> text yet.</summary>
    public IReadOnlyList<string> MissingTranslations(string language) =>
        [.. TextFields.Where(t => !string.IsNullOrWhiteSpace(t.Text.Vi) && string.IsNullOrWhiteSpace(t.Text[language])).Select(t => t.Field)];

    /// <summary>Quantity discounts must reward buying more: quantities go up, prices never do.</summary>
    private void TradeTerms(Action<string, string> fail)
    {
        var basePrice = BasePrice;
        if (basePrice is null || !InRange(basePrice)) { fail("basePriceVnd", "Give the unit price in VND (a whole number above zero)."); basePrice = null; }
        if (MinimumOrderQuantity is < 1 or > 1_000_000) fail("minimumOrderQuantity", "Minimum order must be between 1 and 1000000.");
        if (OrderMultiple is < 1 or > 100_000) fail("orderMultiple", "Order multiple (case size) must be between 1 and 100000.");
        else if (MinimumOrderQuantity >= 1 && MinimumOrderQuantity % OrderMultiple != 0)
            fail("minimumOrderQuantity", "The minimum order must be a whole number of cases (a multiple of the order multiple).");
        if (LeadTimeDays is < 0 or > 365) fail("leadTimeDays", "Lead time must be between 0 and 365 days.");

        var breaks = PriceBreaks ?? [];
        if (breaks.Count > 10) fail("priceBreaks", "At most 10 price breaks.");
        for (var i = 0; i < breaks.Count; i++)
        {
            var b = breaks[i];
            if (b is null) { fail($"priceBreaks[{i}].minQuantity", "Give a quantity."); continue; }
            if (b.UnitPrice is null || !InRange(b.UnitPrice)) fail($"priceBreaks[{i}].unitPriceVnd", "Give the unit price in VND.");
            else if (basePrice is not null && b.UnitPrice.Currency != basePrice.Currency)
                fail($"priceBreaks[{i}].unitPriceVnd", $"Give the break in {basePrice.Currency.Code}, like the base price.");
            else if (basePrice is not null && b.UnitPrice > basePrice) fail($"priceBreaks[{i}].unitPriceVnd", "A price break cannot cost more than the base price.");
            if (i == 0 && b.MinQuantity < MinimumOrderQuantity)
                fail($"priceBreaks[{i}].minQuantity", "The first price break starts at or above the minimum order quantity.");
            if (i == 0 || breaks[i - 1] is not { } previous) continue;
            if (b.MinQuantity <= previous.MinQuantity) fail($"priceBreaks[{i}].minQuantity", "Quantities must go up from one break to the next.");
            if (previous.UnitPrice is { } before && b.UnitPrice is { } after && before.Currency == after.Currency && after > before)
                fail($"priceBreaks[{i}].unitPriceVnd", "A larger quantity cannot cost more per piece.");
        }
    }

    /// <summary>Above zero and at most <see cref="PriceMax"/> whole major units.</summary>
    private static bool InRange(Money price) =>
        price.IsPositive && price.MinorUnits / price.Currency.MinorPerMajor <= PriceMax;

    private static void Texts(string field, LocalizedText? text, int max, bool required, Action<string, string> fail)
    {
        var t = (text ?? LocalizedText.Empty).Clean();
        if (required && t.Vi.Length == 0) fail($"{field}.vi", "The Vietnamese text is required.");
        if (!required && t.Vi.Length == 0 && !t.IsBlank) fail($"{field}.vi", "Write the Vietnamese text first.");
        foreach (var language in LocalizedText.Languages)
            if ((t[language]?.Length ?? 0) > max) fail($"{field}.{language}", $"At most {max} characters.");
    }

    private static void Size(string field, decimal? cm, Action<string, string> fail)
    {
        if (cm is <= 0 or > 10_000) fail(field, "Give the size in centimetres (above 0, at most 10000).");
    }

    private static List<string> Clean(IReadOnlyList<string>? values) =>
        [.. (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
