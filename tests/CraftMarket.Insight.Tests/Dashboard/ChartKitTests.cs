using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CraftMarket.Insight.Features.Dashboard.Charts;

namespace CraftMarket.Insight.Tests.Dashboard;

/// <summary>The server-drawn charts on hand-made data: proportions, empty and single values, escaping, numbers per culture, CSV.</summary>
public sealed class ChartKitTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    private static Chart Bars(ValueKind kind, params (string Label, decimal? Value)[] rows) =>
        new("test-bars", "Title", "Description", ChartKind.Bars, kind, ["This period"], [.. rows.Select(r => new ChartRow(r.Label, [r.Value]))]);

    private static XElement Draw(Chart chart, CultureInfo? culture = null) =>
        XElement.Parse(SvgChart.Render(chart, ChartPalette.Default, culture ?? En));   // well-formed XML, or this throws

    private static decimal[] Widths(XElement svg) =>
        [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "chart-bar").Select(r => decimal.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture))];

    private static decimal[] Heights(XElement svg) =>
        [.. svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "chart-bar").Select(r => decimal.Parse((string)r.Attribute("height")!, CultureInfo.InvariantCulture))];

    [Fact]
    public void Bar_lengths_are_proportional_to_the_values()
    {
        var widths = Widths(Draw(Bars(ValueKind.Count, ("a", 40), ("b", 10), ("c", 30), ("d", 0))));

        widths.Length.ShouldBe(4);
        widths[0].ShouldBe(320m);                 // the largest value fills the bar room
        widths[1].ShouldBe(80m);                  // a quarter of it
        widths[2].ShouldBe(240m);
        widths[3].ShouldBe(0m);                   // zero draws nothing
    }

    [Fact]
    public void Shares_are_drawn_against_the_whole_not_against_the_largest()
    {
        var widths = Widths(Draw(Bars(ValueKind.Share, ("members", 0.25m), ("households", 0.5m))));
        widths.ShouldBe([80m, 160m]);             // 50% is half the room, not all of it
    }

    [Fact]
    public void A_chart_of_zeros_or_of_nothing_draws_no_bar_and_still_reads_as_an_image()
    {
        var zeros = Draw(Bars(ValueKind.Count, ("a", 0), ("b", null)));
        Widths(zeros).ShouldAllBe(w => w == 0m);
        zeros.ToString().ShouldNotContain("NaN");
        Bars(ValueKind.Count, ("a", 0)).IsEmpty.ShouldBeTrue();

        var nothing = Draw(Bars(ValueKind.Count));
        Widths(nothing).ShouldBeEmpty();
        ((string?)nothing.Attribute("role")).ShouldBe("img");
        nothing.Element(Svg + "title")!.Value.ShouldBe("Title");
    }

    [Fact]
    public void A_single_value_fills_the_room_and_shows_its_number()
    {
        var svg = Draw(Bars(ValueKind.Count, ("only", 7)));
        Widths(svg).ShouldBe([320m]);
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("7");
    }

    [Fact]
    public void The_drawing_is_one_image_named_by_its_title_and_described()
    {
        var svg = Draw(Bars(ValueKind.Count, ("a", 1)) with { Name = "leads-by-source", Title = "Buyer leads by source", Description = "Inquiries by source." });
        ((string?)svg.Attribute("role")).ShouldBe("img");
        ((string?)svg.Attribute("aria-labelledby")).ShouldBe("chart-leads-by-source-title chart-leads-by-source-desc");
        ((string?)svg.Element(Svg + "title")!.Attribute("id")).ShouldBe("chart-leads-by-source-title");
        svg.Element(Svg + "title")!.Value.ShouldBe("Buyer leads by source");
        ((string?)svg.Element(Svg + "desc")!.Attribute("id")).ShouldBe("chart-leads-by-source-desc");
        svg.Element(Svg + "desc")!.Value.ShouldBe("Inquiries by source.");
    }

    [Fact]
    public void A_member_named_like_a_script_is_drawn_as_text()
    {
        var chart = Bars(ValueKind.Share, ("<script>alert(1)</script>", 0.1m)) with { Title = "Defects & \"ratios\"" };
        var raw = SvgChart.Render(chart, ChartPalette.Default, En);

        raw.ShouldNotContain("<script>");
        raw.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        raw.ShouldContain("Defects &amp; &quot;ratios&quot;");
        var svg = XElement.Parse(raw);
        svg.Descendants(Svg + "script").ShouldBeEmpty();
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("<script>alert(1)</script>");
    }

    [Fact]
    public void Numbers_are_written_the_way_each_language_reads_them()
    {
        ChartNumbers.Format(1_234_567, ValueKind.Count, Vi).ShouldBe("1.234.567");
        ChartNumbers.Format(1_234_567, ValueKind.Count, En).ShouldBe("1,234,567");
        ChartNumbers.Format(0.455m, ValueKind.Share, En).ShouldBe("45.5%");
        ChartNumbers.Format(0.455m, ValueKind.Share, Vi).ShouldBe("45,5%");
        ChartNumbers.Format(1_250_000, ValueKind.Dong, Vi).ShouldBe("1.250.000 ₫");
        ChartNumbers.Format(2.5m, ValueKind.Days, Vi).ShouldBe("2,5");
        ChartNumbers.Format(null, ValueKind.Share, Vi).ShouldBe("–");
        ChartNumbers.Change(0.5m, 0.25m, ValueKind.Share, En).ShouldBe("+25.0%");
        ChartNumbers.Change(3, 5, ValueKind.Count, En).ShouldBe("−2");
        ChartNumbers.Change(3, null, ValueKind.Count, En).ShouldBe("–");

        var vi = Draw(Bars(ValueKind.Count, ("a", 1_234_567)), Vi);
        vi.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("1.234.567");
        var en = Draw(Bars(ValueKind.Count, ("a", 1_234_567)), En);
        en.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("1,234,567");
    }

    [Fact]
    public void Month_columns_are_proportional_and_labelled()
    {
        var chart = new Chart("months", "Leads", "By month", ChartKind.Months, ValueKind.Count, ["Inquiries", "Accepted"],
            [new("01/2026", [8, 2]), new("02/2026", [4, 0]), new("03/2026", [0, 0])]);
        var svg = Draw(chart);
        var heights = Heights(svg);
        heights.ShouldBe([160m, 40m, 80m, 0m, 0m, 0m]);   // 8 fills the plot; 4 is half; 2 a quarter
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("02/2026");
        svg.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("Accepted");   // the legend names both series
    }

    [Fact]
    public void The_previous_period_is_drawn_in_a_second_colour_beside_this_one()
    {
        var chart = new Chart("cmp", "Compare", "d", ChartKind.Bars, ValueKind.Count, ["This period", "Previous period"], [new("Leads", [6, 3])]);
        var bars = Draw(chart).Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "chart-bar").ToList();
        bars.Select(b => decimal.Parse((string)b.Attribute("width")!, CultureInfo.InvariantCulture)).ShouldBe([320m, 160m]);
        ((string?)bars[0].Attribute("fill")).ShouldNotBe((string?)bars[1].Attribute("fill"));
    }

    [Fact]
    public void The_association_colour_is_used_only_when_it_stands_out_on_white()
    {
        ChartPalette.For("#1f4e79").Fill(0).ShouldBe("#1f4e79");               // Bat Trang's cobalt
        ChartPalette.For("#f5e663").Fill(0).ShouldBe(ChartPalette.PlatformGreen);   // a pale yellow would vanish
        ChartPalette.For(null).Fill(0).ShouldBe(ChartPalette.PlatformGreen);
        ChartPalette.For("red").Fill(0).ShouldBe(ChartPalette.PlatformGreen);
        ChartPalette.Contrast((0x76, 0x76, 0x76), (255, 255, 255)).ShouldBeGreaterThanOrEqualTo(4.5);   // the previous period's grey
    }

    [Fact]
    public void The_csv_neutralises_formulas_in_labels_and_leaves_numbers_alone()
    {
        var chart = new Chart("defects-by-member", "t", "d", ChartKind.Bars, ValueKind.Share, ["Defect ratio"],
            [new("=HYPERLINK(\"http://evil\")", [0.25m]), new("@SUM(A1)", [null]), new("Hộ gốm, Bát Tràng", [0.1m]), new("+84 phone", [0m])]);
        var bytes = ChartCsv.Write(chart, "Member");
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");

        lines[0].ShouldBe("Member,Defect ratio");
        lines[1].ShouldBe("\"'=HYPERLINK(\"\"http://evil\"\")\",0.2500");
        lines[2].ShouldBe("'@SUM(A1),");
        lines[3].ShouldBe("\"Hộ gốm, Bát Tràng\",0.1000");
        lines[4].ShouldBe("'+84 phone,0.0000");
    }

    [Fact]
    public void The_csv_writes_counts_and_dong_whole_and_invariant()
    {
        var chart = new Chart("order-value-by-month", "t", "d", ChartKind.Months, ValueKind.Dong, ["Orders", "Work"], [new("03/2026", [1_250_000, 980_000])]);
        Encoding.UTF8.GetString(ChartCsv.Write(chart, "Month")[3..]).ShouldBe("Month,Orders,Work\r\n03/2026,1250000,980000\r\n");
    }
}
