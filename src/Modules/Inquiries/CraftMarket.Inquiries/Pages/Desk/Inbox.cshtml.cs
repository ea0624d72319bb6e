using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Desk;

/// <summary>The export desk's inbox: status tabs with counts, filters as a plain GET form, the wait for a first answer highlighted past 24 hours.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class InboxModel(InboxQuery inbox, IAssociationStaff staff) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Order { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public InboxPage List { get; private set; } = new([], 1, InboxFilter.DefaultPageSize, 0, new Dictionary<string, int>());
    public IReadOnlyList<StaffAccount> Desk { get; private set; } = [];
    public int PageCount => Math.Max(1, (List.Total + List.PageSize - 1) / List.PageSize);

    public static readonly IReadOnlyList<string> Tabs = ["open", .. Enum.GetValues<InquiryStatus>().Select(s => s.ToString()), "all"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsDesk()) return Forbid();
        Status ??= InboxFilter.Open;
        var filter = InboxFilter.Lenient(new InboxRequest
        {
            Status = Status, Assignee = Assignee, From = From, To = To, Q = Q, Overdue = Overdue, Order = Order, Page = PageNumber,
        }, actor.UserId);
        List = await inbox.ListAsync(filter, ct);
        Desk = (await staff.ListAsync(ct)).Where(s => s.IsDesk).ToList();
        return Page();
    }

    /// <summary>This page's address with one value changed (tabs and paging keep the other filters).</summary>
    public string Link(string? status = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = status ?? Status, ["assignee"] = Assignee, ["from"] = From, ["to"] = To, ["q"] = Q,
            ["overdue"] = Overdue ? "true" : null, ["order"] = Order, ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Url.Content("~/admin/inquiries"),
            query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(q.Key, q.Value)));
    }

    public int CountOf(string tab) => tab == "all" ? List.Counts.Where(c => c.Key != InboxFilter.Open).Sum(c => c.Value) : List.Counts.GetValueOrDefault(tab);

    public bool IsTab(string tab) => string.Equals(tab, Status, StringComparison.OrdinalIgnoreCase);
}
