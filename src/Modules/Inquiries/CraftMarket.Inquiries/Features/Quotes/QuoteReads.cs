using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// Who may read a quote: the buyer who sent its inquiry, or the association's export desk (and
/// admin). Anyone else, another buyer or another association included, is told "not found", never
/// that it exists.
/// </summary>
internal sealed class QuoteReads(InquiriesDb db, TimeProvider clock)
{
    public static bool IsDesk(CurrentActor actor) => actor.IsExportDesk || actor.IsAssociationAdmin;

    public static bool MayRead(Inquiry inquiry, CurrentActor actor) =>
        IsDesk(actor) || (actor.UserId is { } user && user == inquiry.Buyer.UserId);

    /// <summary>The quote and its inquiry, tracked, when <paramref name="actor"/> may read it.</summary>
    public async Task<(Quote Quote, Inquiry Inquiry)?> FindAsync(QuoteId id, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Quotes.FirstOrDefaultAsync(q => q.Id == id, ct) is not { } quote) return null;
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == quote.InquiryId, ct) is not { } inquiry || !MayRead(inquiry, actor)) return null;
        return (quote, inquiry);
    }

    public async Task<Result<QuoteDto>> Get(QuoteId id, CurrentActor actor, CancellationToken ct) =>
        await FindAsync(id, actor, ct) is { } found ? QuoteDto.From(found.Quote, found.Inquiry.Number, clock.GetUtcNow()) : Error.NotFound("quote");

    /// <summary>Every version of the inquiry's quote, the latest first.</summary>
    public async Task<Result<IReadOnlyList<QuoteDto>>> ForInquiry(InquiryId id, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry || !MayRead(inquiry, actor))
            return Error.NotFound("inquiry");
        var now = clock.GetUtcNow();
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.InquiryId == id).ToListAsync(ct);
        return quotes.OrderByDescending(q => q.Version).Select(q => QuoteDto.From(q, inquiry.Number, now)).ToList();
    }
}
