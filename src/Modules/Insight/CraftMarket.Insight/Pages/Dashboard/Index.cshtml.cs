using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Insight.Features.Dashboard;
using CraftMarket.Insight.Features.Dashboard.Charts;
using CraftMarket.Insight.Features.Indicators;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Insight.Pages.Dashboard;

/// <summary>
/// The association's dashboard for its admin and export desk: every indicator of a period beside the
/// previous one, charts drawn on the server with their tables, and each chart's data as CSV through a
/// page handler (the /api is bearer-only). Never kept: figures change with every event.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(IIndicatorReports reports, ITenantDirectory tenants, ITenantContext tenant, TimeProvider clock, ModuleText<InsightText> t)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Currency { get; set; }
    [BindProperty(Name = "chart", SupportsGet = true)] public string? ChartName { get; set; }

    public DateOnly Today { get; private set; }
    public Period? Period { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<string> Currencies { get; private set; } = [];
    public IndicatorReport? Report { get; private set; }
    public IReadOnlyList<IndicatorLine> Lines { get; private set; } = [];
    public IReadOnlyList<Chart> Charts { get; private set; } = [];
    public ChartPalette Palette { get; private set; } = ChartPalette.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Admitted()) return Forbid();
        if (!Read()) { Response.StatusCode = StatusCodes.Status400BadRequest; return Page(); }
        Report = await reports.ForAssociationAsync(Period!, ChosenCurrency(), ct);
        Lines = IndicatorSummary.Lines(Report, t, CultureInfo.CurrentCulture);
        Charts = DashboardCharts.All(Report, t, CultureInfo.CurrentCulture);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!Admitted()) return Forbid();
        if (!Read()) return BadRequest(t[Problem!]);
        if (ChartName is null || !DashboardCharts.Names.Contains(ChartName, StringComparer.Ordinal)) return NotFound();
        var report = await reports.ForAssociationAsync(Period!, ChosenCurrency(), ct);
        var chart = DashboardCharts.Of(ChartName, report, t, CultureInfo.CurrentCulture)!;
        var header = chart.Kind == ChartKind.Months ? t["Month of the period"] : t["What is counted"];
        return File(ChartCsv.Write(chart, header), ChartCsv.ContentType, ChartCsv.FileName(chart, Period!));
    }

    /// <summary>A link to this page for another period (the presets), keeping the chosen currency.</summary>
    public string PeriodLink(Period period) =>
        $"?from={DashboardPeriod.Text(period.From)}&to={DashboardPeriod.Text(period.To)}" + (ChosenCurrency() is { } c ? $"&currency={c}" : "");

    public string CsvLink(string chart) => $"?handler=Csv&chart={chart}&from={DashboardPeriod.Text(Period!.From)}&to={DashboardPeriod.Text(Period!.To)}";

    private bool Admitted()
    {
        var actor = HttpContext.Actor();
        Response.Headers.CacheControl = "private, no-store";
        return actor.IsExportDesk || actor.IsAssociationAdmin;
    }

    private bool Read()
    {
        Today = DashboardPeriod.Today(clock.GetUtcNow());
        var settings = CurrentTenant.SettingsOf(tenants, tenant);
        Currencies = settings?.DisplayCurrencies.Select(c => c.Code).ToList() ?? [];
        Palette = ChartPalette.For(settings?.Brand.PrimaryColor);
        (Period, Problem) = DashboardPeriod.Read(From, To, Today);
        if (Problem is null && Currency is { Length: > 0 } code && !IsVnd(code) && !Currencies.Contains(code, StringComparer.Ordinal))
            Problem = "Choose one of the association's display currencies.";
        From = Period is { } p ? DashboardPeriod.Text(p.From) : From;
        To = Period is { } q ? DashboardPeriod.Text(q.To) : To;
        return Problem is null;
    }

    private string? ChosenCurrency() => Currency is { Length: > 0 } c && !IsVnd(c) && Currencies.Contains(c, StringComparer.Ordinal) ? c : null;

    private static bool IsVnd(string code) => string.Equals(code, "VND", StringComparison.Ordinal);
}
