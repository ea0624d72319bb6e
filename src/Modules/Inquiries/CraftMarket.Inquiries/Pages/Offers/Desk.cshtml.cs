using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Offers;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Offers;

/// <summary>
/// The desk's view of an inquiry's offers (Vietnamese): every share with its household, price, deadline
/// and answer as it comes; and sending the proposed shares with a member unit price per line. Declined,
/// countered and expired shares are re-allocated from the allocation page.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class DeskModel(OfferReads reads, SendOffers send, ModuleText<InquiriesText> t) : PageModel
{
    public InquiryOffers Offers { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>Member unit price in đồng by line id, typed by the desk.</summary>
    [BindProperty] public Dictionary<Guid, long?> Prices { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? sent, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        if (sent is { } n) Done = t.Format("{0} offers sent.", n);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct)
    {
        var lines = Prices.Where(p => p.Value is not null).Select(p => new LinePrice(p.Key, p.Value!.Value)).ToList();
        var result = await send.Handle(new InquiryId(id), new SendOffersRequest(null, lines, null), HttpContext.Actor(), ct);
        if (result.IsSuccess) return Redirect($"~/admin/inquiries/{id}/offers?sent={result.Value!.Sent}");
        if (!await Load(id, ct)) return NotFound();
        Errors = [.. OfferWords.InPageLanguage(result.Error!, t)];
        Response.StatusCode = result.Error!.Kind == SharedKernel.Results.ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = await reads.ForDeskAsync(new InquiryId(id), HttpContext.Actor(), ct);
        if (found.IsFailure) return false;
        Offers = found.Value!;
        return true;
    }
}
