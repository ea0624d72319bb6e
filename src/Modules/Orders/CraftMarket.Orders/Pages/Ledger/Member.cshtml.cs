using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Features.Ledger;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Ledger;

/// <summary>One household's sub-ledger for the desk: figures, work orders with both prices, every entry and payout.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class MemberModel(MemberLedgerReads reads) : PageModel
{
    public MemberLedgerDto Ledger { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid memberId, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsLedgerDesk()) return Forbid();
        Response.Headers.CacheControl = "private, no-store";
        var ledger = await reads.ReadAsync(new MemberId(memberId), actor, ct);
        if (ledger.IsFailure) return NotFound();
        Ledger = ledger.Value!;
        return Page();
    }
}
