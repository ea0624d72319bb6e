using System.Globalization;
using CraftMarket.Insight.Features.Dashboard;
using CraftMarket.Insight.Features.Dashboard.Charts;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using static CraftMarket.Insight.Tests.Dashboard.ReportBuilder;

namespace CraftMarket.Insight.Tests.Dashboard;

/// <summary>Which figures of a hand-made report each dashboard chart, the summary and the platform table show; the period the page reads.</summary>
public sealed class DashboardChartsTests
{
    private static readonly Ui T = new ModuleText<InsightText>();
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    // The texts follow the UI culture, as on a page in English.
    public DashboardChartsTests() => CultureInfo.CurrentUICulture = En;

    [Fact]
    public void Every_named_chart_exists_and_the_list_is_what_the_csv_accepts()
    {
        var report = Report(Empty(March));
        foreach (var name in DashboardCharts.Names) DashboardCharts.Of(name, report, T, En)!.Name.ShouldBe(name);
        DashboardCharts.Of("../../etc/passwd", report, T, En).ShouldBeNull();
        DashboardCharts.All(report, T, En).Count.ShouldBe(DashboardCharts.Names.Count);
    }

    [Fact]
    public void Leads_by_source_compare_each_source_with_the_previous_period_including_sources_only_one_period_had()
    {
        var current = Empty(March) with { Leads = new Leads(7, [new("Village", 5), new("Direct", 2)], 6, 3.5m) };
        var previous = Empty(March.Previous) with { Leads = new Leads(4, [new("Village", 1), new("CrossVillage", 3)], 4, null) };
        var chart = DashboardCharts.Of("leads-by-source", Report(current, previous), T, En)!;

        chart.Series.ShouldBe(["This period", "Previous period"]);
        chart.Rows.Select(r => (r.Label, r.Values[0], r.Values[1])).ShouldBe(
            [("The village's storefront", 5m, 1m), ("Direct (desk or API)", 2m, 0m), ("Cross-village search", 0m, 3m)]);
    }

    [Fact]
    public void Defects_by_member_shows_the_highest_ratios_first_and_at_most_ten()
    {
        var members = Enumerable.Range(1, 12)
            .Select(i => new DefectByMember(Guid.NewGuid(), $"Hộ {i:D2}", 100, i, i / 100m)).ToList();
        var current = Empty(March) with { Defects = new Defects(1200, 78, 0.065m, [new("colour-off", 78, 0.065m)], members) };
        var chart = DashboardCharts.Of("defects-by-member", Report(current), T, En)!;

        chart.Rows.Count.ShouldBe(DashboardCharts.MembersShown);
        chart.Rows[0].Label.ShouldBe("Hộ 12");
        chart.Rows[0].Values.ShouldBe([0.12m]);
        chart.Rows.Select(r => r.Label).ShouldNotContain("Hộ 01");
        chart.Rows.Select(r => r.Label).ShouldNotContain("Hộ 02");
    }

    [Fact]
    public void Month_charts_take_every_month_of_the_report_in_order()
    {
        MonthPoint[] months = [new(2026, 1, 9, 2, 5_000_000, 3_500_000, 200, 6, 3, 1), new(2026, 2, 4, 1, 0, 0, 0, 0, 0, 2)];
        var report = Report(Empty(March), months: months);

        var leads = DashboardCharts.Of("leads-by-month", report, T, En)!;
        leads.Kind.ShouldBe(ChartKind.Months);
        leads.Rows.Select(r => r.Label).ShouldBe(["Jan 2026", "Feb 2026"]);
        leads.Rows[0].Values.ShouldBe([9m, 2m]);
        DashboardCharts.Of("order-value-by-month", report, T, En)!.Rows[0].Values.ShouldBe([5_000_000m, 3_500_000m]);
        DashboardCharts.Of("membership-by-month", report, T, En)!.Rows[1].Values.ShouldBe([0m, 2m]);
        DashboardCharts.MonthLabel(months[0], CultureInfo.GetCultureInfo("vi-VN")).ShouldBe("01/2026");
    }

    [Fact]
    public void Fairness_shows_the_gini_and_the_top_five_share_against_the_previous_period()
    {
        var current = Empty(March) with { Fairness = new WorkFairness(0.42m, 0.61m, 9, 14, Money.Of(90_000_000, Currency.VND)) };
        var previous = Empty(March.Previous) with { Fairness = new WorkFairness(0.5m, null, 6, 20, Money.Of(40_000_000, Currency.VND)) };
        var report = Report(current, previous);

        var fairness = DashboardCharts.Of("fairness", report, T, En)!;
        fairness.Values.ShouldBe(ValueKind.Share);
        fairness.Rows.Select(r => r.Values).ShouldBe([[0.42m, 0.5m], [0.61m, null]]);
        DashboardCharts.Of("never-offered", report, T, En)!.Rows[1].Values.ShouldBe([14m, 20m]);

        var summary = IndicatorSummary.Lines(report, T, En);
        var gini = summary.Single(l => l.Name == "Gini coefficient of work");
        (gini.Current, gini.Previous, gini.Change).ShouldBe(("42.0%", "50.0%", "−8.0%"));
        summary.Single(l => l.Name == "Top five members' share").Change.ShouldBe("–");
    }

    [Fact]
    public void The_summary_shows_order_value_in_the_chosen_currency_when_the_report_has_it()
    {
        var current = Empty(March) with { OrderValue = new OrderValue(2, Money.Of(25_000_000, Currency.VND), new Money(98_000, Currency.USD)) };
        var lines = IndicatorSummary.Lines(Report(current), T, En);
        lines.Single(l => l.Name == "Order value (VND)").Current.ShouldBe("₫25,000,000");
        lines.Single(l => l.Name == "Order value (USD)").Current.ShouldBe("US$980.00");
        IndicatorSummary.Lines(Report(Empty(March)), T, En).ShouldNotContain(l => l.Name.StartsWith("Order value (U", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "2025-12-08", "2026-12-07", null)]
    [InlineData("2026-03-01", "2026-03-31", "2026-03-01", "2026-03-31", null)]
    [InlineData("2026-03-31", "2026-03-01", null, null, "The period must end on or after the day it starts.")]
    [InlineData("01/03/2026", "2026-03-31", null, null, "Give both dates of the period as yyyy-MM-dd.")]
    [InlineData("2026-03-01", null, null, null, "Give both dates of the period as yyyy-MM-dd.")]
    [InlineData("2023-03-01", "2026-03-01", "2023-03-01", "2026-03-01", null)]
    [InlineData("2023-02-28", "2026-03-01", null, null, "Choose a period of three years at most.")]
    public void The_page_reads_the_period_or_says_why_not(string? from, string? to, string? start, string? end, string? problem)
    {
        var (period, why) = DashboardPeriod.Read(from, to, new DateOnly(2026, 12, 7));
        why.ShouldBe(problem);
        if (start is null) period.ShouldBeNull();
        else period.ShouldBe(new Period(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end!, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Today_is_a_vietnam_date()
    {
        DashboardPeriod.Today(new DateTimeOffset(2026, 12, 7, 17, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 12, 8));
        DashboardPeriod.Today(new DateTimeOffset(2026, 12, 7, 16, 59, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 12, 7));
    }

    [Fact]
    public void Villages_sort_by_a_column_with_those_that_have_nothing_to_divide_by_last()
    {
        VillageIndicators Village(string name, decimal? rate) =>
            new(new TenantId(Guid.NewGuid()), name.ToLowerInvariant(), name, Empty(March) with { QuoteConversion = new QuoteConversion(10, 5, 0, rate) }, Empty(March.Previous));
        IReadOnlyList<VillageIndicators> villages = [Village("Bát Tràng", 0.3m), Village("Đông Kỵ", null), Village("Vạn Phúc", 0.6m)];
        var column = VillageColumns.Find("quote-conversion");

        VillageColumns.Sort(villages, column, ascending: false).Select(v => v.Name).ShouldBe(["Vạn Phúc", "Bát Tràng", "Đông Kỵ"]);
        VillageColumns.Sort(villages, column, ascending: true).Select(v => v.Name).ShouldBe(["Bát Tràng", "Vạn Phúc", "Đông Kỵ"]);
        VillageColumns.Find("nope").ShouldBeNull();
    }

    [Fact]
    public void The_small_bar_of_a_table_cell_is_proportional_and_hidden_from_screen_readers()
    {
        var half = MiniBar.Render(5, 10, ChartPalette.PlatformGreen);
        half.ShouldContain("aria-hidden=\"true\"");
        half.ShouldContain("width=\"40\" height=\"8\" fill");
        MiniBar.Render(0, 0, ChartPalette.PlatformGreen).ShouldContain("width=\"0\" height=\"8\" fill");
    }
}
