using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.WorkOrders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.WorkOrders;

/// <summary>The household's work orders on its phone, in Vietnamese: open ones first (late ones marked), then finished or cancelled.</summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class IndexModel(WorkOrderReads reads) : PageModel
{
    public IReadOnlyList<MyWorkOrderDto> Work { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        Work = await reads.MineAsync(HttpContext.Actor(), ct);
        return Page();
    }
}
