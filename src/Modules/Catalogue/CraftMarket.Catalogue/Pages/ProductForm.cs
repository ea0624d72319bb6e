using CraftMarket.Catalogue.Features.Products;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.Catalogue.Pages;

/// <summary>
/// The product as an HTML form that works without script: one input per field and language,
/// variants and price breaks as repeated rows (blank rows are ignored, and there are always a few
/// to fill; rows.js only adds more). Errors from the API's rules land next to their input.
/// </summary>
internal sealed class ProductForm
{
    public const int BlankRows = 3;

    public Guid CategoryId { get; set; }
    public string? Sku { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? NameFr { get; set; }
    public string? NameJa { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionJa { get; set; }
    public string? MaterialVi { get; set; }
    public string? MaterialEn { get; set; }
    public string? MaterialFr { get; set; }
    public string? MaterialJa { get; set; }
    public string? TechniqueVi { get; set; }
    public string? TechniqueEn { get; set; }
    public string? TechniqueFr { get; set; }
    public string? TechniqueJa { get; set; }
    public decimal? LengthCm { get; set; }
    public decimal? WidthCm { get; set; }
    public decimal? HeightCm { get; set; }
    public int? WeightGrams { get; set; }
    public string? Colours { get; set; }
    public List<VariantRow> Variants { get; set; } = [];
    public string? RawMaterialOrigin { get; set; }
    public string? Packaging { get; set; }
    public string? HsCode { get; set; }
    public string? PlaceOfOrigin { get; set; }
    public long? BasePriceVnd { get; set; }
    public List<BreakRow> PriceBreaks { get; set; } = [];
    public int? MinimumOrderQuantity { get; set; } = 1;
    public int? OrderMultiple { get; set; } = 1;
    public string Unit { get; set; } = CraftMarket.SharedKernel.Trade.UnitOfSale.Default.Code;
    public int? LeadTimeDays { get; set; }
    public List<Guid> Makers { get; set; } = [];

    public static ProductForm From(ProductDto p) => new ProductForm
    {
        CategoryId = p.CategoryId, Sku = p.Sku,
        NameVi = T(p.Name, "vi"), NameEn = T(p.Name, "en"), NameFr = T(p.Name, "fr"), NameJa = T(p.Name, "ja"),
        DescriptionVi = T(p.Description, "vi"), DescriptionEn = T(p.Description, "en"), DescriptionFr = T(p.Description, "fr"), DescriptionJa = T(p.Description, "ja"),
        MaterialVi = T(p.Material, "vi"), MaterialEn = T(p.Material, "en"), MaterialFr = T(p.Material, "fr"), MaterialJa = T(p.Material, "ja"),
        TechniqueVi = T(p.Technique, "vi"), TechniqueEn = T(p.Technique, "en"), TechniqueFr = T(p.Technique, "fr"), TechniqueJa = T(p.Technique, "ja"),
        LengthCm = p.LengthCm, WidthCm = p.WidthCm, HeightCm = p.HeightCm, WeightGrams = p.WeightGrams, Colours = string.Join(", ", p.Colours),
        Variants = [.. p.Variants.Select(v => new VariantRow { Sku = v.Sku, Size = v.Size, Colour = v.Colour })],
        RawMaterialOrigin = p.RawMaterialOrigin, Packaging = p.Packaging, HsCode = p.HsCode, PlaceOfOrigin = p.PlaceOfOrigin,
        BasePriceVnd = p.BasePriceVnd, PriceBreaks = [.. p.PriceBreaks.Select(b => new BreakRow { MinQuantity = b.MinQuantity, UnitPriceVnd = b.UnitPriceVnd })],
        MinimumOrderQuantity = p.MinimumOrderQuantity, OrderMultiple = p.OrderMultiple, LeadTimeDays = p.LeadTimeDays, Makers = [.. p.Makers], Unit = p.Unit,
    }.WithBlankRows();

    /// <summary>
    /// The English, French and Japanese texts of <paramref name="p"/>, which a household's form does not
    /// show (ADR 0068); a text the household emptied in Vietnamese loses its translations too.
    /// </summary>
    public void KeepTranslationsOf(ProductDto p)
    {
        string? Kept(string? vi, IReadOnlyDictionary<string, string> texts, string language) => string.IsNullOrWhiteSpace(vi) ? null : T(texts, language);
        (NameEn, NameFr, NameJa) = (Kept(NameVi, p.Name, "en"), Kept(NameVi, p.Name, "fr"), Kept(NameVi, p.Name, "ja"));
        (DescriptionEn, DescriptionFr, DescriptionJa) = (Kept(DescriptionVi, p.Description, "en"), Kept(DescriptionVi, p.Description, "fr"), Kept(DescriptionVi, p.Description, "ja"));
        (MaterialEn, MaterialFr, MaterialJa) = (Kept(MaterialVi, p.Material, "en"), Kept(MaterialVi, p.Material, "fr"), Kept(MaterialVi, p.Material, "ja"));
        (TechniqueEn, TechniqueFr, TechniqueJa) = (Kept(TechniqueVi, p.Technique, "en"), Kept(TechniqueVi, p.Technique, "fr"), Kept(TechniqueVi, p.Technique, "ja"));
    }

    /// <summary>A few empty rows to type into on a phone without script.</summary>
    public ProductForm WithBlankRows()
    {
        Variants = [.. Variants.Where(v => !v.IsBlank)];
        PriceBreaks = [.. PriceBreaks.Where(b => !b.IsBlank)];
        for (var i = 0; i < BlankRows; i++) { Variants.Add(new VariantRow()); PriceBreaks.Add(new BreakRow()); }
        return this;
    }

    public ProductRequest ToRequest() => new(
        CategoryId, Sku, Texts(NameVi, NameEn, NameFr, NameJa), Texts(DescriptionVi, DescriptionEn, DescriptionFr, DescriptionJa),
        Texts(MaterialVi, MaterialEn, MaterialFr, MaterialJa), Texts(TechniqueVi, TechniqueEn, TechniqueFr, TechniqueJa),
        LengthCm, WidthCm, HeightCm, WeightGrams,
        [.. (Colours ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        [.. FilledVariants().Select(v => new VariantDto(v.Row.Sku ?? "", v.Row.Size, v.Row.Colour))],
        RawMaterialOrigin, Packaging, HsCode, PlaceOfOrigin, BasePriceVnd,
        [.. FilledBreaks().Select(b => new PriceBreakDto(b.Row.MinQuantity ?? 0, b.Row.UnitPriceVnd ?? 0))],
        MinimumOrderQuantity, OrderMultiple, LeadTimeDays, Makers) { Unit = Unit };

    /// <summary>
    /// "name.en" → Form.NameEn; "variants[1].sku" → the second filled variant row's SKU input, which
    /// may be a later row on the page when blank rows came before it.
    /// </summary>
    public void AddErrors(ModelStateDictionary state, string prefix, Error error)
    {
        var variants = FilledVariants().Select(v => v.Index).ToList();
        var breaks = FilledBreaks().Select(b => b.Index).ToList();
        state.AddErrors(error, prefix, field => Key(field, variants, breaks));
    }

    private static string Key(string field, List<int> variants, List<int> breaks)
    {
        var parts = field.Split('.');
        if (parts.Length == 2 && parts[1] is "vi" or "en" or "fr" or "ja") return Pascal(parts[0]) + Pascal(parts[1]);
        var open = parts[0].IndexOf('[', StringComparison.Ordinal);
        if (open < 0) return Pascal(parts[0]);
        var list = parts[0][..open];
        var index = int.Parse(parts[0][(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        var rows = list == "variants" ? variants : breaks;
        var row = index < rows.Count ? rows[index] : index;
        return $"{Pascal(list)}[{row}]" + (parts.Length > 1 ? "." + Pascal(parts[1]) : "");
    }

    private IEnumerable<(VariantRow Row, int Index)> FilledVariants() => Variants.Select((v, i) => (v, i)).Where(v => !v.v.IsBlank);
    private IEnumerable<(BreakRow Row, int Index)> FilledBreaks() => PriceBreaks.Select((b, i) => (b, i)).Where(b => !b.b.IsBlank);

    private static string Pascal(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    private static string? T(IReadOnlyDictionary<string, string> texts, string language) => texts.GetValueOrDefault(language);
    private static Dictionary<string, string?> Texts(string? vi, string? en, string? fr, string? ja) => new() { ["vi"] = vi, ["en"] = en, ["fr"] = fr, ["ja"] = ja };
}

internal sealed class VariantRow
{
    public string? Sku { get; set; }
    public string? Size { get; set; }
    public string? Colour { get; set; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Sku) && string.IsNullOrWhiteSpace(Size) && string.IsNullOrWhiteSpace(Colour);
}

internal sealed class BreakRow
{
    public int? MinQuantity { get; set; }
    public long? UnitPriceVnd { get; set; }
    public bool IsBlank => MinQuantity is null && UnitPriceVnd is null;
}
