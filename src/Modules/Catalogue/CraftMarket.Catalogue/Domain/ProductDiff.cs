using System.Globalization;

namespace CraftMarket.Catalogue.Domain;

/// <summary>What an edit changed, field by field, for the audit trail. Lists are compared as their text form.</summary>
internal static class ProductDiff
{
    public static List<FieldChange> Between(ProductDetails? before, ProductDetails after)
    {
        var old = before is null ? new Dictionary<string, string?>() : Flatten(before);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in Flatten(after))
        {
            var previous = old.GetValueOrDefault(field);
            if (!string.Equals(previous, value, StringComparison.Ordinal)) changes.Add(new FieldChange(field, previous, value));
        }
        return changes;
    }

    public static Dictionary<string, string?> Flatten(ProductDetails d)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["sku"] = d.Sku,
            ["categoryId"] = d.CategoryId.ToString(),
        };
        foreach (var (name, text) in new[] { ("name", d.Name), ("description", d.Description), ("material", d.Material), ("technique", d.Technique) })
            foreach (var language in LocalizedText.Languages)
                fields[$"{name}.{language}"] = Blank(text[language]);
        fields["lengthCm"] = Number(d.Dimensions.LengthCm);
        fields["widthCm"] = Number(d.Dimensions.WidthCm);
        fields["heightCm"] = Number(d.Dimensions.HeightCm);
        fields["weightGrams"] = d.WeightGrams?.ToString(CultureInfo.InvariantCulture);
        fields["colours"] = Blank(string.Join(", ", d.Colours));
        fields["variants"] = Blank(string.Join("; ", d.Variants.Select(v => $"{v.Sku} {v.Size} {v.Colour}".Trim())));
        fields["rawMaterialOrigin"] = d.RawMaterialOrigin;
        fields["packaging"] = d.Packaging;
        fields["hsCode"] = d.HsCode;
        fields["placeOfOrigin"] = d.PlaceOfOrigin;
        // Major units without grouping, as before Money: an audit trail written in VND reads the same.
        fields["basePriceVnd"] = d.BasePrice?.ToMajorString();
        fields["priceBreaks"] = Blank(string.Join("; ", d.PriceBreaks.Select(b => $"{b.MinQuantity}:{b.UnitPrice.ToMajorString()}")));
        fields["unit"] = d.UnitCode;
        fields["minimumOrderQuantity"] = d.MinimumOrderQuantity.ToString(CultureInfo.InvariantCulture);
        fields["orderMultiple"] = d.OrderMultiple.ToString(CultureInfo.InvariantCulture);
        fields["leadTimeDays"] = d.LeadTimeDays.ToString(CultureInfo.InvariantCulture);
        fields["makers"] = string.Join(", ", d.Makers.Select(m => m.Value).Order());
        return fields;
    }

    private static string? Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
