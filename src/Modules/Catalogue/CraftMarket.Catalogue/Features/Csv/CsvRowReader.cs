using System.Globalization;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CraftMarket.Catalogue.Features.Csv;

/// <summary>A data row as read from the file: text cells, before anything is looked up or validated.</summary>
internal sealed class CsvRow(int row, IReadOnlyDictionary<string, string> cells)
{
    public int Row { get; } = row;
    public List<RowError> Errors { get; } = [];

    public string Text(string column) => cells.TryGetValue(column, out var value) ? value.Trim() : "";
    public string? Optional(string column) => Text(column) is { Length: > 0 } v ? v : null;

    public LocalizedText Texts(string field) =>
        new(Text($"{field}_vi"), Optional($"{field}_en"), Optional($"{field}_fr"), Optional($"{field}_ja"));

    public IReadOnlyList<string> Items(string column) =>
        [.. Text(column).Split(CsvLayout.ItemSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public void Fail(string column, string message) => Errors.Add(new RowError(Row, column, message));

    /// <summary>Whole numbers; VND has no minor unit, so "95.000", "95,000" and "95 000" all read 95000.</summary>
    public long? Whole(string column, string? cell = null)
    {
        var text = (cell ?? Text(column)).Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (text.Length == 0) return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= int.MaxValue * 100L) return value;
        Fail(column, $"“{cell ?? Text(column)}” is not a whole number.");
        return null;
    }

    public int? Int(string column) => Whole(column) is { } v ? (int)Math.Min(v, int.MaxValue) : null;

    /// <summary>Centimetres with a decimal point or comma: "12.5" or "12,5".</summary>
    public decimal? Decimal(string column)
    {
        var text = Text(column).Replace(',', '.');
        if (text.Length == 0) return null;
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        Fail(column, $"“{Text(column)}” is not a number.");
        return null;
    }

    public List<PriceTier> PriceBreaks() => [.. Items(CsvLayout.PriceBreaks).Select(item =>
    {
        var parts = item.Split(CsvLayout.PartSeparator);
        if (parts.Length != 2) { Fail(CsvLayout.PriceBreaks, $"“{item}” should be quantity:unit price, e.g. 100:95000."); return new PriceTier(0, VndPrices.From(0)!); }
        return new PriceTier((int)Math.Min(Whole(CsvLayout.PriceBreaks, parts[0]) ?? 0, int.MaxValue), VndPrices.From(Whole(CsvLayout.PriceBreaks, parts[1]) ?? 0)!);
    })];

    public List<ProductVariant> Variants() => [.. Items(CsvLayout.Variants).Select(item =>
    {
        var parts = item.Split(CsvLayout.PartSeparator);
        if (parts.Length != 3) { Fail(CsvLayout.Variants, $"“{item}” should be SKU:size:colour (size or colour may be empty)."); return new ProductVariant("", null, null); }
        return new ProductVariant(parts[0].Trim(), Blank(parts[1]), Blank(parts[2]));
    })];

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>Reads every row of an uploaded CSV (comma or semicolon separated, UTF-8).</summary>
internal static class CsvRowReader
{
    public const int MaxRows = 20_000;

    public static (List<CsvRow> Rows, List<RowError> FileErrors) Read(Stream stream)
    {
        using var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, DetectDelimiterValues = [",", ";"], BadDataFound = null };
        using var csv = new CsvReader(reader, config);
        var rows = new List<CsvRow>();
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            return (rows, [new RowError(1, "", "The file is empty; the first row must name the columns.")]);
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = CsvLayout.Required.Where(c => !names.Contains(c)).ToList();
        var unknown = names.Where(n => n.Length > 0 && !CsvLayout.Columns.Contains(n)).ToList();
        var fileErrors = missing.Select(c => new RowError(1, c, "This column is required."))
            .Concat(unknown.Select(c => new RowError(1, c, "Unknown column."))).ToList();
        if (fileErrors.Count > 0) return (rows, fileErrors);

        while (csv.Read())
        {
            if (rows.Count == MaxRows) return (rows, [new RowError(csv.Parser.Row, "", $"At most {MaxRows} rows per file.")]);
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++) cells[names[i]] = csv.TryGetField<string>(i, out var value) ? CsvFormulaGuard.Restore(value ?? "") : "";
            if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;   // blank lines at the end of a spreadsheet export
            rows.Add(new CsvRow(csv.Parser.Row, cells));
        }
        return (rows, []);
    }
}
