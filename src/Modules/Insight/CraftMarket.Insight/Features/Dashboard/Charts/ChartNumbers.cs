using System.Globalization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Insight.Features.Dashboard.Charts;

/// <summary>
/// Numbers as people read them in the page's culture ("1.250.000 ₫" and "45,5%" in Vietnamese,
/// "₫1,250,000" and "45.5%" in English), and as machines read them in the CSV (invariant, no grouping).
/// </summary>
internal static class ChartNumbers
{
    /// <summary>Shown where a ratio has nothing to divide by (no inquiries, nothing sampled).</summary>
    public const string None = "–";

    public static string Format(decimal? value, ValueKind kind, CultureInfo culture) => value is not { } v ? None : kind switch
    {
        ValueKind.Count => v.ToString("N0", culture),
        ValueKind.Share => v.ToString("P1", culture),
        ValueKind.Dong => new Money(decimal.ToInt64(decimal.Round(v)), Currency.VND).Format(culture),
        ValueKind.Days => v.ToString("N1", culture),
        _ => v.ToString(culture),
    };

    /// <summary>The CSV's cell: counts and đồng whole, shares as fractions 0..1 with four places, days with one.</summary>
    public static string Invariant(decimal? value, ValueKind kind) => value is not { } v ? "" : kind switch
    {
        ValueKind.Count or ValueKind.Dong => decimal.Round(v).ToString("0", CultureInfo.InvariantCulture),
        ValueKind.Share => v.ToString("0.0000", CultureInfo.InvariantCulture),
        _ => v.ToString("0.0", CultureInfo.InvariantCulture),
    };

    /// <summary>A change against the previous period: "+12", "−3,5%" (a share's change is in percentage points, shown as a share).</summary>
    public static string Change(decimal? current, decimal? previous, ValueKind kind, CultureInfo culture)
    {
        if (current is not { } c || previous is not { } p) return None;
        var d = c - p;
        var text = Format(Math.Abs(d), kind, culture);
        return d > 0 ? "+" + text : d < 0 ? "−" + text : text;
    }

    /// <summary>SVG coordinates: invariant, two places at most.</summary>
    public static string Coordinate(decimal value) => decimal.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
