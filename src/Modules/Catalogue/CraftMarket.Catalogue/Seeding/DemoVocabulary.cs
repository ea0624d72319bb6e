using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Seeding;

/// <summary>One phrase in the catalogue's four languages, as it reads inside a product name.</summary>
internal sealed record Words(string Vi, string En, string Fr, string Ja)
{
    public static readonly Words None = new("", "", "", "");
    public static Words Same(string text) => new(text, text, text, text);
}

/// <summary>
/// A glaze, weave or wood technique: how it reads in a name ("men rạn" / "Crackle-glaze"), as the
/// product's technique field, and one sentence about it for the description.
/// </summary>
internal sealed record Finish(Words InName, Words Technique, Words Sentence, string[] Colours, decimal PriceFactor, Words? Material = null);

/// <summary>A size with its measurements and the base price of the piece at that size (VND).</summary>
internal sealed record Size(Words Label, decimal? LengthCm, decimal? WidthCm, decimal? HeightCm, int Grams, long PriceVnd, string Code);

/// <summary>
/// A line of products in one category, e.g. Bat Trang vases: the nouns, finishes, motifs and sizes
/// its names are made from, and the trade terms they share.
/// </summary>
internal sealed record ProductLine(
    string CategoryVi, string Code, Words[] Nouns, Words[] Materials, Finish[] Finishes, Words[] Motifs, Size[] Sizes,
    int Moq, int CaseSize, int LeadTimeDays, string HsCode, string Packaging, Words Note, string[]? VariantSizes = null,
    bool ColourVariants = false, UnitOfSale? Unit = null);

/// <summary>A demo village's whole catalogue plan.</summary>
internal sealed record VillagePlan(
    string Slug, string SkuPrefix, Words Village, string PlaceOfOrigin, string RawMaterialOrigin, Words[] Categories,
    ProductLine[] Lines, int Count);
