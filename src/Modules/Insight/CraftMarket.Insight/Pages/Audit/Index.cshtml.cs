using CraftMarket.Identity.Contracts;
using CraftMarket.Insight.Features.Audit;
using CraftMarket.SharedKernel.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Insight.Pages.Audit;

/// <summary>The association's audit trail for its admin (ADR 0065), with its CSV through a page handler (the /api is bearer-only).</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class IndexModel(AuditLog log) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int P { get; set; } = 1;

    public PagedList<AuditEntryDto>? Entries { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public int PageCount => Entries is null ? 0 : Math.Max(1, (Entries.Total + Entries.PageSize - 1) / Entries.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var filter = AuditFilter.Parse(From, To, Area, Actor, Q, Paging.ClampPage(P), AuditLog.PageSize);
        if (filter.IsFailure)
        {
            var error = filter.Error!;
            Problems = error.Fields is { } fields ? [.. fields.SelectMany(f => f.Value)] : [error.Message];
            return Page();
        }
        Entries = await log.PageAsync(filter.Value!, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        var filter = AuditFilter.Parse(From, To, Area, Actor, Q, 1, AuditLog.PageSize);
        if (filter.IsFailure) return BadRequest();
        return File(AuditCsv.Write(await log.AllAsync(filter.Value!, ct)), AuditCsv.ContentType, AuditCsv.FileName(filter.Value!));
    }

    /// <summary>This page's address with the current filters and another page (or the CSV handler).</summary>
    public string Link(int? page = null, string? handler = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (handler is not null) query.Add(new("handler", handler));
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) query.Add(new(key, value)); }
        Add("from", From); Add("to", To); Add("area", Area); Add("actor", Actor); Add("q", Q);
        if (page is { } p && p > 1) query.Add(new("p", p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/admin/audit" + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
