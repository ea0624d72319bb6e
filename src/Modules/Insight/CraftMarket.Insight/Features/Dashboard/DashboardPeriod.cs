using System.Globalization;
using CraftMarket.Insight.Features.Indicators;

namespace CraftMarket.Insight.Features.Dashboard;

/// <summary>
/// The period the dashboard shows, from the query's <c>from</c>/<c>to</c> (yyyy-MM-dd, Vietnam dates,
/// both included): the last twelve months to today when neither is given; refused when a date does not
/// read, the end comes before the start, or the span is longer than three years (what the indicators
/// API refuses too). The presets are links, so choosing one needs no script.
/// </summary>
internal static class DashboardPeriod
{
    /// <summary>Today in Vietnam (UTC+7, no daylight saving): the association's dates are Vietnam dates.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static Period Default(DateOnly today) => new(today.AddMonths(-12).AddDays(1), today);

    /// <returns>The period, or the reason it was refused (a translation key).</returns>
    public static (Period? Period, string? Problem) Read(string? from, string? to, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to)) return (Default(today), null);
        if (!TryDate(from, out var start) || !TryDate(to, out var end)) return (null, "Give both dates of the period as yyyy-MM-dd.");
        if (end < start) return (null, "The period must end on or after the day it starts.");
        if (start < end.AddYears(-3)) return (null, "Choose a period of three years at most.");
        return (new Period(start, end), null);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The quick choices offered beside the date fields: a translation key and the period.</summary>
    public static IReadOnlyList<(string Name, Period Period)> Presets(DateOnly today) =>
    [
        ("Last 30 days", new(today.AddDays(-29), today)),
        ("Last 90 days", new(today.AddDays(-89), today)),
        ("This year so far", new(new DateOnly(today.Year, 1, 1), today)),
        ("Last 12 months", Default(today)),
        ("Last calendar year", new(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31))),
    ];
}
