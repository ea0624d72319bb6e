using System.Globalization;
using System.Text;
using static CraftMarket.Insight.Features.Dashboard.Charts.ChartNumbers;

namespace CraftMarket.Insight.Features.Dashboard.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG on the server: no chart script, readable without
/// JavaScript, printable (ADR 0063). The SVG is one image to assistive technology (<c>role="img"</c>
/// named by its <c>&lt;title&gt;</c> and described by its <c>&lt;desc&gt;</c>); the table beside it
/// carries the figures. Every text from data (a member's name) is escaped here: it goes out as text.
/// Lengths are proportional to the values over <see cref="Chart.Scale"/>, so zero draws nothing.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640;

    public static string Render(Chart chart, ChartPalette palette, CultureInfo culture) =>
        chart.Kind == ChartKind.Months ? Months(chart, palette, culture) : Bars(chart, palette, culture);

    private static string Bars(Chart chart, ChartPalette palette, CultureInfo culture)
    {
        const int label = 200, valueRoom = 120, bar = 14, gap = 4, rowPad = 12;
        const decimal room = Width - label - valueRoom;
        var series = chart.Series.Count;
        var top = Legend(series);
        var rowHeight = series * (bar + gap) + rowPad;
        var height = top + Math.Max(1, chart.Rows.Count) * rowHeight + 4;
        var svg = Open(chart, height);
        Legends(svg, chart, palette);
        var y = top;
        foreach (var row in chart.Rows)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"{label - 8}\" y=\"{y + series * (bar + gap) / 2 + 4}\" text-anchor=\"end\">{Escape(Short(row.Label))}</text>");
            for (var s = 0; s < series; s++)
            {
                var value = s < row.Values.Count ? row.Values[s] : null;
                var length = Math.Max(0, value ?? 0) / chart.Scale * room;
                var by = y + s * (bar + gap);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"chart-bar\" data-series=\"{s}\" x=\"{label}\" y=\"{by}\" width=\"{Coordinate(length)}\" height=\"{bar}\" fill=\"{palette.Fill(s)}\"/>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"chart-value\" x=\"{Coordinate(label + length + 6)}\" y=\"{by + bar - 3}\">{Escape(Format(value, chart.Values, culture))}</text>");
            }
            y += rowHeight;
        }
        if (chart.Rows.Count == 0) Nothing(svg, chart, y);
        return svg.Append("</svg>").ToString();
    }

    private static string Months(Chart chart, ChartPalette palette, CultureInfo culture)
    {
        const int axis = 84, bottom = 36, plot = 160;
        const decimal room = Width - axis - 8;
        var series = chart.Series.Count;
        var top = Legend(series) + 8;
        var height = top + plot + bottom;
        var svg = Open(chart, height);
        Legends(svg, chart, palette);
        var baseline = top + plot;
        // The scale's top and the zero line, so a column's height reads against a number.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-axis\" x1=\"{axis}\" y1=\"{baseline}\" x2=\"{Width - 4}\" y2=\"{baseline}\" stroke=\"#4a4a4a\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"chart-grid\" x1=\"{axis}\" y1=\"{top}\" x2=\"{Width - 4}\" y2=\"{top}\" stroke=\"#c8c8c8\" stroke-dasharray=\"3 3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-tick\" x=\"{axis - 6}\" y=\"{top + 4}\" text-anchor=\"end\">{Escape(Format(chart.Scale, chart.Values, culture))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-tick\" x=\"{axis - 6}\" y=\"{baseline + 4}\" text-anchor=\"end\">{Escape(Format(0, chart.Values, culture))}</text>");
        var months = Math.Max(1, chart.Rows.Count);
        var group = room / months;
        var column = group * 0.8m / Math.Max(1, series);
        var every = (int)Math.Ceiling(months / 12m);   // at most twelve month labels under the axis
        for (var m = 0; m < chart.Rows.Count; m++)
        {
            var row = chart.Rows[m];
            var x0 = axis + m * group + group * 0.1m;
            for (var s = 0; s < series; s++)
            {
                var value = s < row.Values.Count ? row.Values[s] : null;
                var h = Math.Max(0, value ?? 0) / chart.Scale * plot;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"chart-bar\" data-series=\"{s}\" x=\"{Coordinate(x0 + s * column)}\" y=\"{Coordinate(baseline - h)}\" width=\"{Coordinate(column)}\" height=\"{Coordinate(h)}\" fill=\"{palette.Fill(s)}\"><title>{Escape(row.Label)} · {Escape(chart.Series[s])}: {Escape(Format(value, chart.Values, culture))}</title></rect>");
            }
            if (m % every == 0)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"chart-label\" x=\"{Coordinate(x0 + group * 0.4m)}\" y=\"{baseline + 16}\" text-anchor=\"middle\">{Escape(Short(row.Label))}</text>");
        }
        if (chart.Rows.Count == 0) Nothing(svg, chart, top + plot / 2);
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(Chart chart, int height)
    {
        var id = "chart-" + chart.Name;
        var svg = new StringBuilder(1024);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(chart.Title)}</title><desc id=\"{id}-desc\">{Escape(chart.Description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-ground\" x=\"0\" y=\"0\" width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        return svg;
    }

    private static int Legend(int series) => series > 1 ? 26 : 6;

    private static void Legends(StringBuilder svg, Chart chart, ChartPalette palette)
    {
        if (chart.Series.Count < 2) return;
        var x = 8;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-key\" x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{palette.Fill(s)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-legend\" x=\"{x + 18}\" y=\"16\">{Escape(chart.Series[s])}</text>");
            x += 34 + 8 * Math.Min(chart.Series[s].Length, 30);
        }
    }

    private static void Nothing(StringBuilder svg, Chart chart, int y) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-empty\" x=\"{Width / 2}\" y=\"{y}\" text-anchor=\"middle\">{Escape(chart.Description)}</text>");

    /// <summary>Labels in the drawing are cut to fit its label column; the table beside it has them whole.</summary>
    private static string Short(string label) => label.Length <= 30 ? label : label[..29] + "…";

    /// <summary>XML text and attribute escaping: a member named "&lt;script&gt;" is drawn as those characters.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            safe.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return safe.ToString();
    }
}

/// <summary>The small bar in a table cell of the platform's side-by-side view: decoration beside the number, hidden from screen readers.</summary>
internal static class MiniBar
{
    private const int Width = 80;

    public static string Render(decimal? value, decimal scale, string fill)
    {
        var length = Math.Max(0, value ?? 0) / Math.Max(scale, 1m) * Width;
        return string.Create(CultureInfo.InvariantCulture, $"<svg class=\"mini-bar\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 {Width} 8\" width=\"{Width}\" height=\"8\"><rect x=\"0\" y=\"0\" width=\"{ChartNumbers.Coordinate(length)}\" height=\"8\" fill=\"{SvgChart.Escape(fill)}\"/></svg>");
    }
}
