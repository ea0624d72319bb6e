using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>
/// The buyer accepts a version (POST /api/quotes/{id}/accept): only a sent version within its
/// validity by the clock, never a superseded or expired one. In one SaveChanges: the quote is
/// accepted with a new order id, the inquiry is Accepted, the allocation's accepted shares become
/// capacity commitments (acceptance day to each share's due date), and QuoteAccepted and
/// InquiryChanged go to the outbox. Accepting the same version again answers the same order.
/// </summary>
internal sealed class AcceptQuote(InquiriesDb db, QuoteReads reads, InquiryThread thread, TimeProvider clock)
{
    public const string CommitmentSource = "quote";

    public async Task<Result<QuoteAcceptedResponse>> Handle(Guid quoteId, CurrentActor actor, CancellationToken ct)
    {
        if (await reads.FindAsync(new QuoteId(quoteId), actor, ct) is not { } found || !IsBuyer(found.Inquiry, actor)) return Error.NotFound("quote");
        var (quote, inquiry) = found;
        if (quote.Status == QuoteStatus.Accepted && quote.OrderId is { } already) return new QuoteAcceptedResponse(already.Value);

        var now = clock.GetUtcNow();
        if (inquiry.Status != InquiryStatus.Quoted && quote.IsAcceptableAt(now))
            return Error.Conflict("inquiry_closed", $"The inquiry is {inquiry.Status.ToString().ToLowerInvariant()}: this quote can no longer be accepted.");
        var accepted = quote.Accept(actor.UserId!.Value, now);
        if (accepted.IsFailure) return accepted.Error!;

        inquiry.Status = InquiryStatus.Accepted;
        inquiry.Touch(now);
        var shares = await db.Shares.Where(s => s.InquiryId == inquiry.Id && s.Status == ShareStatus.Accepted).ToListAsync(ct);
        var today = VietnamCalendar.Today(now);
        var keys = quote.Lines.ToDictionary(l => l.LineId, l => l.CapacityKey ?? "");
        foreach (var share in shares)
            db.Commitments.Add(new CapacityCommitment(inquiry.TenantId, share.MemberId, keys.GetValueOrDefault(share.LineId) ?? "", share.ProductId,
                today, share.DueOn < today ? today : share.DueOn, share.Quantity, CommitmentSource, share.Id.Value, now));

        db.Outbox.Add(Event(quote, inquiry, shares, now), clock);
        db.Changed(inquiry, InquiryChange.QuoteAccepted, clock, quote.Version);
        thread.System(inquiry, string.Create(CultureInfo.InvariantCulture, $"Quote version {quote.Version} accepted by the buyer: order {accepted.Value}."));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two acceptances at once (or the desk changed the inquiry): the first one won; answer its order if it was this version.
            db.ChangeTracker.Clear();
            var again = await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.Id == quote.Id, ct);
            if (again is { Status: QuoteStatus.Accepted, OrderId: { } order }) return new QuoteAcceptedResponse(order.Value);
            return Error.Conflict("quote_conflict", "The inquiry changed while you were accepting: reload the quote and try again.");
        }
        return new QuoteAcceptedResponse(accepted.Value.Value);
    }

    private static bool IsBuyer(Inquiry inquiry, CurrentActor actor) => actor.UserId is { } user && user == inquiry.Buyer.UserId;

    private static QuoteAccepted Event(Quote quote, Inquiry inquiry, IReadOnlyList<Share> shares, DateTimeOffset now)
    {
        var currency = quote.Currency;
        var lines = quote.Lines.Select(l => new AcceptedLine(l.LineId, l.ProductId, l.VariantSku, l.Description, l.Quantity,
            new Money(l.UnitPriceMinor, currency), new Money(l.LineTotalMinor, currency), l.HsCode,
            [.. shares.Where(s => s.LineId == l.LineId).OrderBy(s => s.Id.Value).Select(s => new AcceptedShare(s.Id, s.MemberId, s.Quantity,
                // Offers carry the member's price; a share accepted without one is paid what the desk settles in the order.
                s.MemberUnitPrice ?? Money.Zero(Currency.VND), s.DueOn))]) { Unit = l.Unit }).ToList();
        var buyer = inquiry.Buyer;
        return new QuoteAccepted(Guid.CreateVersion7(), quote.TenantId, quote.OrderId!.Value, inquiry.Id, inquiry.Number, quote.Id, quote.Version,
            new AcceptingBuyer(buyer.UserId, buyer.Name, buyer.Email, buyer.Company),
            new QuoteSeller(quote.SellerKind, quote.SellerName, quote.LeadFirm),
            lines, quote.Total, new Money(quote.TotalVnd, Currency.VND), quote.VndPerUnit, quote.RateDate, quote.Incoterm, quote.DestinationPort,
            inquiry.DestinationCountry, quote.DeliveryDate, quote.DepositBasisPoints, quote.BalanceTerms, quote.Language, now);
    }
}
