using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Features.Orders;
using CraftMarket.SharedKernel.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CraftMarket.Orders.Pages.Desk;

/// <summary>The export desk's orders: state tabs with counts, a search as a plain GET form, what each buyer paid and still owes.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class OrdersModel(OrderReads reads) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<OrderRow> List { get; private set; } = new([], 1, OrderListFilter.DefaultPageSize, 0);
    public IReadOnlyDictionary<OrderState, int> Counts { get; private set; } = new Dictionary<OrderState, int>();
    public int PageCount => Math.Max(1, (List.Total + List.PageSize - 1) / List.PageSize);

    public static readonly IReadOnlyList<string> Tabs = [OrderListFilter.Open, .. Enum.GetNames<OrderState>(), "all"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!HttpContext.Actor().IsDesk()) return Forbid();
        State ??= OrderListFilter.Open;
        var filter = OrderListFilter.Lenient(new OrderListRequest { State = State, Q = Q, Page = PageNumber });
        List = await reads.ListAsync(filter, ct);
        Counts = await reads.CountsAsync(filter.Text, ct);
        return Page();
    }

    public int CountOf(string tab) => tab switch
    {
        "all" => Counts.Values.Sum(),
        OrderListFilter.Open => OrderListFilter.OpenStates.Sum(s => Counts.GetValueOrDefault(s)),
        _ => Enum.TryParse<OrderState>(tab, out var s) ? Counts.GetValueOrDefault(s) : 0,
    };

    public bool IsTab(string tab) => string.Equals(tab, State, StringComparison.OrdinalIgnoreCase);

    /// <summary>This page's address with one value changed (tabs and paging keep the search).</summary>
    public string Link(string? state = null, int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["state"] = state ?? State, ["q"] = Q, ["p"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(Url.Content("~/admin/orders"),
            query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => new KeyValuePair<string, StringValues>(q.Key, q.Value)));
    }
}
