using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Features.Offers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Offers;

/// <summary>The household's offers on its phone, in Vietnamese: those waiting for an answer first, with their deadline; then the answered.</summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class IndexModel(OfferReads reads) : PageModel
{
    public IReadOnlyList<HouseholdOffer> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!HttpContext.Actor().IsProducer) return Forbid();
        Offers = await reads.MineAsync(HttpContext.Actor(), ct);
        return Page();
    }
}
