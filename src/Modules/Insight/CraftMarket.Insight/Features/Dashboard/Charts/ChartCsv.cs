using System.Globalization;
using System.Text;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Insight.Features.Dashboard.Charts;

/// <summary>
/// A chart's data as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read Vietnamese):
/// a header of the label column and the series, then one line per row. Text cells (labels: a
/// member's name, a defect type) pass <see cref="CsvFormulaGuard"/>: a member named "=HYPERLINK(...)"
/// must never run as a formula. Numbers are written by us, invariant, and are never altered.
/// </summary>
internal static class ChartCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(Chart chart, Period period) =>
        string.Create(CultureInfo.InvariantCulture, $"insight-{chart.Name}-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.csv");

    public static byte[] Write(Chart chart, string labelHeader)
    {
        var csv = new StringBuilder();
        csv.Append(Cell(labelHeader));
        foreach (var s in chart.Series) csv.Append(',').Append(Cell(s));
        csv.Append("\r\n");
        foreach (var row in chart.Rows)
        {
            csv.Append(Cell(row.Label));
            for (var s = 0; s < chart.Series.Count; s++)
                csv.Append(',').Append(ChartNumbers.Invariant(s < row.Values.Count ? row.Values[s] : null, chart.Values));
            csv.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string Cell(string text)
    {
        var safe = CsvFormulaGuard.Neutralise(text);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
