using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Features.Buyers;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Buyers;

/// <summary>
/// The buyer's inquiries: in this village on a village's site, in every village on the platform host
/// (each linking to its page on its village's site). Number, village, status, last change, open quote.
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class IndexModel(BuyerInquiryReads reads, MyInquiriesCrossTenant everywhere) : PageModel
{
    public IReadOnlyList<MyInquiryDto> Inquiries { get; private set; } = [];
    public bool AcrossVillages { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        var language = RequestLanguage.Of(HttpContext).Code;
        AcrossVillages = !actor.HasTenant;
        Inquiries = AcrossVillages
            ? await everywhere.MineAsync(actor, language, HttpContext, ct)
            : await reads.MineAsync(actor, language, ct);
        Response.Headers.CacheControl = "private, no-store";
    }
}
