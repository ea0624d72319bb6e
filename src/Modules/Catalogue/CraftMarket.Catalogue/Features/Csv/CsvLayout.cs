using System.Globalization;

namespace CraftMarket.Catalogue.Features.Csv;

/// <summary>
/// The catalogue's CSV layout (docs/catalogue-csv.md): one row per product, one column per field
/// and language. Lists go in one cell: items separated by "|", an item's parts by ":".
/// price_breaks "100:95000|500:88000"; variants "SKU:size:colour" (size or colour may be empty);
/// colours and makers "a|b". Columns marked export-only are written for reading and ignored on import.
/// </summary>
internal static class CsvLayout
{
    public const string Id = "id", Sku = "sku", Status = "status", Category = "category", Colours = "colours", Variants = "variants",
        LengthCm = "length_cm", WidthCm = "width_cm", HeightCm = "height_cm", WeightGrams = "weight_g",
        RawMaterialOrigin = "raw_material_origin", Packaging = "packaging", HsCode = "hs_code", PlaceOfOrigin = "place_of_origin",
        BasePriceVnd = "base_price_vnd", PriceBreaks = "price_breaks", Moq = "moq", OrderMultiple = "order_multiple",
        LeadTimeDays = "lead_time_days", Makers = "makers", MakerNames = "maker_names", MonthlyCapacity = "monthly_capacity",
        UpdatedAt = "updated_at", Unit = "unit";

    public static readonly string[] TextFields = ["name", "description", "material", "technique"];
    public static readonly string[] Languages = ["vi", "en", "fr", "ja"];

    public static readonly IReadOnlyList<string> Columns =
    [
        Id, Sku, Status, Category,
        .. TextFields.SelectMany(f => Languages.Select(l => $"{f}_{l}")),
        LengthCm, WidthCm, HeightCm, WeightGrams, Colours, Variants, RawMaterialOrigin, Packaging, HsCode, PlaceOfOrigin,
        BasePriceVnd, PriceBreaks, Moq, OrderMultiple, LeadTimeDays, Makers, MakerNames, MonthlyCapacity, UpdatedAt,
        // Added with units of sale (ADR 0073), last so files written before still line up by name and position.
        Unit,
    ];

    public static readonly IReadOnlySet<string> ExportOnly = new HashSet<string> { MakerNames, MonthlyCapacity, UpdatedAt };

    /// <summary>Columns a file must have to be imported (the others may be left out and count as empty).</summary>
    public static readonly IReadOnlyList<string> Required = [Category, "name_vi", "description_vi", BasePriceVnd];

    public const char ItemSeparator = '|', PartSeparator = ':';

    /// <summary>Where a domain field ("priceBreaks[1].unitPriceVnd", "name.en") lives in the file.</summary>
    public static string ColumnOf(string field)
    {
        var head = field.Split('[')[0];
        if (head.Contains('.', StringComparison.Ordinal)) return head.Replace('.', '_');
        return head switch
        {
            "sku" => Sku, "categoryId" => Category, "lengthCm" => LengthCm, "widthCm" => WidthCm, "heightCm" => HeightCm,
            "weightGrams" => WeightGrams, "colours" => Colours, "variants" => Variants, "rawMaterialOrigin" => RawMaterialOrigin,
            "packaging" => Packaging, "hsCode" => HsCode, "placeOfOrigin" => PlaceOfOrigin, "basePriceVnd" => BasePriceVnd,
            "priceBreaks" => PriceBreaks, "minimumOrderQuantity" => Moq, "orderMultiple" => OrderMultiple,
            "leadTimeDays" => LeadTimeDays, "makers" => Makers, "id" => Id, "status" => Status,
            _ => head,
        };
    }

    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
    public static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>One problem in an imported file: the spreadsheet row (the header is row 1), the column, and why.</summary>
internal sealed record RowError(int Row, string Column, string Message);
