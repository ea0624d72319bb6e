using System.Globalization;
using System.Text;
using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Insight.Features.Audit;

/// <summary>The trail as CSV for a spreadsheet: every text cell through <see cref="CsvFormulaGuard"/> (a member named "=HYPERLINK(...)" stays text).</summary>
internal static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(AuditFilter filter) =>
        $"audit-{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "start"}-{filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "now"}.csv";

    public static byte[] Write(IEnumerable<AuditEntryDto> entries)
    {
        var csv = new StringBuilder();
        Line(csv, "at_utc", "actor", "actor_user_id", "area", "action", "subject", "changes");
        foreach (var e in entries)
            Line(csv, e.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.ActorName,
                e.ActorUserId?.ToString() ?? "", e.Area, e.Action, e.Subject, string.Join("; ", e.Changes));
        // A byte-order mark so spreadsheet programs read Vietnamese names as UTF-8.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Cell(cells[i]));
        }
        csv.Append("\r\n");
    }

    private static string Cell(string text)
    {
        var safe = CsvFormulaGuard.Neutralise(text);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
