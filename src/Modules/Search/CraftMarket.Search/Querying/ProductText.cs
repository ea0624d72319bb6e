using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Search.Querying;

/// <summary>What both engines index for a product: analysed texts per field and one value per facet.</summary>
internal static class ProductText
{
    public static IEnumerable<(string Field, string Text)> Fields(IndexedProduct indexed)
    {
        var p = indexed.Product;
        foreach (var language in SearchFields.Languages)
        {
            if (p.Name.TryGetValue(language, out var name) && !string.IsNullOrWhiteSpace(name))
            {
                yield return (SearchFields.Name(language), name);
                if (FoldedInto(language) is { } folded) yield return (SearchFields.Name(folded, true), name);
            }
            var body = Body(p, language);
            if (body.Length == 0) continue;
            yield return (SearchFields.Body(language), body);
            if (FoldedInto(language) is { } f) yield return (SearchFields.Body(f, true), body);
        }
    }

    /// <summary>Folded, unstemmed copies for typo tolerance: Vietnamese in _vi_f, English and French in _en_f.</summary>
    private static string? FoldedInto(string language) => language switch
    {
        "vi" => "vi",
        "en" or "fr" => "en",
        _ => null,
    };

    /// <summary>
    /// Description and attributes in one language. The place of origin and the village slug go into
    /// the Vietnamese body, so "bat trang vase" finds Bat Trang's vases from any language.
    /// </summary>
    private static string Body(Catalogue.Contracts.PublishedProduct p, string language)
    {
        var parts = new List<string>();
        foreach (var texts in new[] { p.Description, p.CategoryName, p.Material, p.Technique })
            if (texts.TryGetValue(language, out var t) && !string.IsNullOrWhiteSpace(t)) parts.Add(t);
        if (language == "en") parts.AddRange(p.Colours);
        if (language == "vi" && parts.Count > 0) parts.AddRange([p.PlaceOfOrigin, p.TenantSlug.Replace('-', ' ')]);
        return string.Join(" \n ", parts);
    }

    /// <summary>Facet values are the English texts (always present once published): stable keys for URLs.</summary>
    public static Dictionary<string, string> FacetValues(IndexedProduct indexed)
    {
        var p = indexed.Product;
        var values = new Dictionary<string, string>
        {
            [Facets.Price] = Bands.PriceBand(p.BasePrice),
            [Facets.Moq] = Bands.MoqBand(p.MinimumOrderQuantity),
            [Facets.LeadTime] = Bands.LeadTimeBand(p.LeadTimeDays),
            [Facets.Village] = p.TenantSlug,
        };
        // Only a marked product has a value, so the facet is absent until an association grants a mark.
        if (indexed.QualityMark) values[Facets.QualityMark] = Bands.QualityMarked;
        if (Display(p.CategoryName, "en") is { Length: > 0 } category) values[Facets.Category] = category;
        if (Display(p.Material, "en") is { Length: > 0 } material) values[Facets.Material] = material;
        if (Display(p.Technique, "en") is { Length: > 0 } technique) values[Facets.Technique] = technique;
        return values;
    }

    /// <summary>The text in the wanted language, else English, else Vietnamese (always present).</summary>
    public static string Display(IReadOnlyDictionary<string, string> texts, string language) =>
        LanguageFallback.Pick(texts, language)?.Text ?? "";

    public static string ProductPath(string productId) => $"/products/{productId}";
}
