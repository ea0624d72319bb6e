using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Ledger;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Ledger;

/// <summary>The month's reconciliation for the desk, with its CSV through a page handler (the /api is bearer-only).</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class ReconciliationModel(Reconciliation reconciliation, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    public MonthReconciliationDto? Report { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsLedgerDesk()) return Forbid();
        Response.Headers.CacheControl = "private, no-store";
        Month ??= VietnamDate.Today(clock.GetUtcNow()).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var report = await reconciliation.MonthAsync(Month, actor, ct);
        if (report.IsFailure) Problem = "Give the month as yyyy-MM, e.g. 2026-12.";
        else Report = report.Value;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsLedgerDesk()) return Forbid();
        Response.Headers.CacheControl = "private, no-store";
        var report = await reconciliation.MonthAsync(Month, actor, ct);
        if (report.IsFailure) return BadRequest();
        return File(ReconciliationCsv.Month(report.Value!), ReconciliationCsv.ContentType, ReconciliationCsv.FileName(report.Value!));
    }
}
