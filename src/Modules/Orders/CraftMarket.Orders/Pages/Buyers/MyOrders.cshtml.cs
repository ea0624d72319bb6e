using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.Buyers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Buyers;

/// <summary>
/// The buyer's orders with this association, newest first: number, state, total, paid, what is due
/// now, delivery date. Orders live on their village's site; the platform host has no such list.
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class MyOrdersModel(BuyerOrderReads reads) : PageModel
{
    public IReadOnlyList<BuyerOrderRow> Orders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (!HttpContext.Actor().HasTenant) return NotFound();
        Orders = await reads.MineAsync(HttpContext.Actor(), ct);
        return Page();
    }
}
