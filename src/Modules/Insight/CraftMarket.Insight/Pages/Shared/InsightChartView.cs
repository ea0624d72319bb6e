using System.Globalization;
using CraftMarket.Insight.Features.Dashboard.Charts;

namespace CraftMarket.Insight.Pages.Shared;

/// <summary>What the chart partial draws: the chart, its SVG, the link to its CSV (none where no download is offered).</summary>
internal sealed record InsightChartView(Chart Chart, string Svg, string? CsvHref, CultureInfo Culture)
{
    public static InsightChartView Of(Chart chart, ChartPalette palette, string? csvHref) =>
        new(chart, SvgChart.Render(chart, palette, CultureInfo.CurrentCulture), csvHref, CultureInfo.CurrentCulture);
}
