using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// The buyer declines the quote (POST /api/quotes/{id}/decline): the inquiry ends Declined and the
/// version is withdrawn (ADR 0049). A buyer who wants different terms asks for changes in the
/// thread instead, and the inquiry stays Quoted for a new version.
/// </summary>
internal sealed class DeclineQuote(InquiriesDb db, QuoteReads reads, InquiryThread thread, TimeProvider clock)
{
    public const int ReasonMax = 1000;

    public async Task<Result<QuoteDto>> Handle(Guid quoteId, string? reason, CurrentActor actor, CancellationToken ct)
    {
        if (await reads.FindAsync(new QuoteId(quoteId), actor, ct) is not { } found
            || actor.UserId is not { } user || user != found.Inquiry.Buyer.UserId) return Error.NotFound("quote");
        var (quote, inquiry) = found;
        var text = reason?.Trim() ?? "";
        if (text.Length > ReasonMax) return Error.Validation("reason", $"At most {ReasonMax} characters.");
        if (quote.Status != QuoteStatus.Sent || inquiry.Status != InquiryStatus.Quoted)
            return Error.Conflict("quote_closed", $"Quote version {quote.Version} is no longer open: only the latest sent version can be declined.");

        var now = clock.GetUtcNow();
        quote.Status = QuoteStatus.Withdrawn;
        inquiry.Status = InquiryStatus.Declined;
        inquiry.Touch(now);
        thread.System(inquiry, text.Length == 0
            ? $"The buyer declined quote version {quote.Version}."
            : $"The buyer declined quote version {quote.Version}: {text}");
        db.Changed(inquiry, InquiryChange.StatusChanged, clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("quote_conflict", "The inquiry changed meanwhile: reload the quote.");
        }
        return QuoteDto.From(quote, inquiry.Number, now);
    }
}
