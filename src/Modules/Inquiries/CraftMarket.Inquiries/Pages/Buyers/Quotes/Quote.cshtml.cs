using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Features.Quotes;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Inquiries.Pages.Buyers.Quotes;

/// <summary>
/// One quote version for the buyer who asked, in the page's language: lines, totals, terms, the PDF,
/// and (only while it is open and valid) the accept and decline forms. Another buyer's quote is "not found".
/// </summary>
[Authorize(Policy = Policies.Buyer)]
internal sealed class QuoteModel(QuoteReads reads, AcceptQuote accept, DeclineQuote decline, Features.Quotes.Pdf.QuotePdf pdf, TimeProvider clock) : PageModel
{
    public QuoteDto Quote { get; private set; } = null!;
    public string? Problem { get; private set; }
    public bool JustAccepted { get; private set; }
    public bool JustDeclined { get; private set; }

    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        JustAccepted = done == "accepted";
        JustDeclined = done == "declined";
        return Page();
    }

    /// <summary>
    /// The PDF for a buyer browsing with the site's cookie (/api/quotes/{id}/pdf takes bearer tokens
    /// only): the same document, for the same reader, checked the same way.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!await Load(id, ct) || await pdf.RenderAsync(new QuoteId(id), actor, ct) is not { } file) return NotFound();
        return File(file.Pdf, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken ct) =>
        await After(id, await accept.Handle(id, HttpContext.Actor(), ct), "accepted", ct);

    public async Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct) =>
        await After(id, await decline.Handle(id, Reason, HttpContext.Actor(), ct), "declined", ct);

    private async Task<IActionResult> After(Guid id, Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"~/account/quotes/{id}?done={done}");
        if (result.Error!.Kind == ErrorKind.NotFound || !await Load(id, ct)) return NotFound();
        Problem = result.Error.Code switch
        {
            "quote_superseded" => "This version was replaced by a later one: open the latest version to accept it.",
            "quote_expired" => "This version has expired: ask the association for a new version.",
            "validation" => "Your reason is too long (at most 1000 characters).",
            _ => "This quote is no longer open.",
        };
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (await reads.FindAsync(new QuoteId(id), actor, ct) is not { } found || actor.UserId != found.Inquiry.Buyer.UserId) return false;
        Quote = QuoteDto.From(found.Quote, found.Inquiry.Number, clock.GetUtcNow());
        return true;
    }
}
