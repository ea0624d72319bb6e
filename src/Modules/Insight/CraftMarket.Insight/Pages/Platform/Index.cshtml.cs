using CraftMarket.Identity.Contracts;
using CraftMarket.Insight.Features.Dashboard;
using CraftMarket.Insight.Features.Indicators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Insight.Pages.Platform;

/// <summary>
/// The platform admin's view of every village side by side: the same indicators, one row per
/// village, sortable by any column with plain links (no script), a small bar beside each number.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class IndexModel(IIndicatorReports reports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dir { get; set; }

    public DateOnly Today { get; private set; }
    public Period? Period { get; private set; }
    public string? Problem { get; private set; }
    public VillageColumn? SortedBy { get; private set; }
    public bool Ascending => string.Equals(Dir, "asc", StringComparison.Ordinal);
    public IReadOnlyList<VillageIndicators> Villages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        Today = DashboardPeriod.Today(clock.GetUtcNow());
        (Period, Problem) = DashboardPeriod.Read(From, To, Today);
        if (Period is null) { Response.StatusCode = StatusCodes.Status400BadRequest; return Page(); }
        (From, To) = (DashboardPeriod.Text(Period.From), DashboardPeriod.Text(Period.To));
        SortedBy = VillageColumns.Find(Sort);
        Villages = VillageColumns.Sort(await reports.ForPlatformAsync(Period, ct), SortedBy, Ascending);
        return Page();
    }

    /// <summary>The column's sort link: highest first, or the other way when it is already sorted so.</summary>
    public string SortLink(VillageColumn column)
    {
        var dir = SortedBy == column && !Ascending ? "asc" : "desc";
        return $"?from={From}&to={To}&sort={column.Key}&dir={dir}";
    }

    public string PeriodLink(Period period) =>
        $"?from={DashboardPeriod.Text(period.From)}&to={DashboardPeriod.Text(period.To)}" + (SortedBy is { } s ? $"&sort={s.Key}&dir={(Ascending ? "asc" : "desc")}" : "");
}
