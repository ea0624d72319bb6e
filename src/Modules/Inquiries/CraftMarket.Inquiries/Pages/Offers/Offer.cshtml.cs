using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Offers;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Offers;

/// <summary>
/// One offer on the household's phone, in Vietnamese: photo, name, specification, quantity, due date,
/// the price per unit of sale and the total, the deadline; accept, decline or counter with plain forms.
/// Another household's offer is "not found"; a refusal (too late, already answered, withdrawn) is shown on the page.
/// </summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class OfferModel(OfferReads reads, AnswerOffer answers, ModuleText<InquiriesText> t) : PageModel
{
    public HouseholdOffer Item { get; private set; } = null!;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? CounterQuantity { get; set; }
    [BindProperty] public string? CounterDueOn { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Done = done switch
        {
            "accepted" => t.Translate("Thank you: you accepted this offer. The association will contact you.", "vi"),
            "declined" => t.Translate("You declined this offer.", "vi"),
            "countered" => t.Translate("Your proposal was sent to the association.", "vi"),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) =>
        await After(id, await answers.Accept(new ShareId(id), HttpContext.Actor(), ct), "accepted", ct);

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct) =>
        await After(id, await answers.Decline(new ShareId(id), new DeclineOfferRequest(Reason), HttpContext.Actor(), ct), "declined", ct);

    public async Task<IActionResult> OnPostCounterAsync(Guid id, CancellationToken ct)
    {
        int? quantity = null;
        DateOnly? dueOn = null;
        if (!string.IsNullOrWhiteSpace(CounterQuantity))
        {
            if (!int.TryParse(CounterQuantity.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var q))
                return await Refused(id, [t.Translate("Write the quantity as a number.", "vi")], ct);
            quantity = q;
        }
        if (!string.IsNullOrWhiteSpace(CounterDueOn))
        {
            if (!DateOnly.TryParseExact(CounterDueOn.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return await Refused(id, [t.Translate("Write the date as day/month/year.", "vi")], ct);
            dueOn = d;
        }
        return await After(id, await answers.Counter(new ShareId(id), new CounterOfferRequest(quantity, dueOn, Note), HttpContext.Actor(), ct), "countered", ct);
    }

    private async Task<IActionResult> After(Guid id, Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"~/account/offers/{id}?done={done}");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        return await Refused(id, [.. OfferWords.Of(result.Error, t)], ct);
    }

    private async Task<IActionResult> Refused(Guid id, IReadOnlyList<string> errors, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await reads.OneAsync(new ShareId(id), HttpContext.Actor(), ct) is not { } found) return false;
        Item = found;
        return true;
    }
}
