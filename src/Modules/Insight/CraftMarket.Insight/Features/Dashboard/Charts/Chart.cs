namespace CraftMarket.Insight.Features.Dashboard.Charts;

/// <summary>How a chart is drawn: bars across (categories, this period beside the previous one) or columns over the months.</summary>
internal enum ChartKind { Bars, Months }

/// <summary>What the numbers of a chart are, so the SVG, the table and the CSV write them alike.</summary>
internal enum ValueKind { Count, Share, Dong, Days }

/// <summary>One category or month: its label and one value per series (null: nothing to divide by).</summary>
internal sealed record ChartRow(string Label, IReadOnlyList<decimal?> Values);

/// <summary>
/// One chart as data: the SVG (<see cref="SvgChart"/>), the table beside it and the CSV download
/// (<see cref="ChartCsv"/>) are all drawn from this, so the three can never disagree.
/// <see cref="Name"/> is the CSV's <c>chart=</c> name; texts are already in the page's language.
/// </summary>
internal sealed record Chart(string Name, string Title, string Description, ChartKind Kind, ValueKind Values,
    IReadOnlyList<string> Series, IReadOnlyList<ChartRow> Rows)
{
    public bool IsEmpty => Rows.Count == 0 || Rows.All(r => r.Values.All(v => v is null or 0));

    /// <summary>The largest value drawn: bars are this long at full width (at least 1, so zeros draw as nothing, never as NaN).</summary>
    public decimal Scale => Math.Max(1m, Rows.SelectMany(r => r.Values).Select(v => v ?? 0).DefaultIfEmpty(0).Max());
}
