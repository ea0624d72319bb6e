using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// The buyer takes the request back while it is open (new, being shared among members, or quoted):
/// the inquiry becomes Withdrawn and any version still open for acceptance (Sent) becomes Withdrawn
/// with it, so it can no longer be accepted. Members' offers are the offers feature's to take back
/// (it hears <see cref="InquiryChange.StatusChanged"/> with the status Withdrawn, raised here in the
/// same commit). Only the buyer who sent it may withdraw; the desk declines instead.
/// </summary>
internal sealed class WithdrawInquiry(InquiriesDb db, InquiryThread thread, TimeProvider clock)
{
    public async Task<Result<Inquiry>> HandleAsync(InquiryId id, CurrentActor actor, int? revision, CancellationToken ct)
    {
        if (await InquiryAccess.FindAsync(db, id, actor, tracked: true, ct) is not ({ } inquiry, var reader)) return Error.NotFound("inquiry");
        if (reader != InquiryReader.Buyer)
            return Error.Forbidden("Only the buyer who sent the inquiry may withdraw it; the association declines it instead.");
        if (revision is { } expected && expected != inquiry.Revision)
            return Error.Conflict("inquiry_changed", "The inquiry changed since you read it. Reload it and try again.");
        if (!inquiry.IsOpen)
            return Error.Conflict("inquiry_state", inquiry.Status switch
            {
                InquiryStatus.Accepted => "You accepted a quote for this inquiry: it can no longer be withdrawn. Write to the association instead.",
                InquiryStatus.Withdrawn => "You already withdrew this inquiry.",
                _ => $"The inquiry is {inquiry.Status.ToString().ToLowerInvariant()} and can no longer be withdrawn.",
            });

        var now = clock.GetUtcNow();
        foreach (var quote in await db.Quotes.Where(q => q.InquiryId == id && q.Status == QuoteStatus.Sent).ToListAsync(ct))
            quote.Status = QuoteStatus.Withdrawn;
        // The households' work goes with the request, as when the desk declines it: nothing waits on them any more.
        foreach (var share in await db.Shares.Where(s => s.InquiryId == id
            && (s.Status == ShareStatus.Proposed || s.Status == ShareStatus.Offered || s.Status == ShareStatus.Countered || s.Status == ShareStatus.Accepted))
            .ToListAsync(ct))
        {
            share.Status = ShareStatus.Withdrawn;
            share.UpdatedAt = now;
            share.Revision++;
        }
        inquiry.Status = InquiryStatus.Withdrawn;
        inquiry.Touch(now);
        thread.System(inquiry, "Người mua đã rút yêu cầu. / The buyer withdrew the inquiry.");
        db.Changed(inquiry, InquiryChange.StatusChanged, clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("inquiry_changed", "The inquiry changed at the same moment (a quote may have been sent or accepted). Reload it and try again.");
        }
        return inquiry;
    }
}
