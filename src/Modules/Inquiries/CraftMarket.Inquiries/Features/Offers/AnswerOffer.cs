using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// A household answers one of its offers: accept, decline, or counter. Another household's offer (or
/// one not yet sent) is not found; an answer after the deadline, a second answer, or an answer to a
/// withdrawn offer (or one of a closed inquiry) is a conflict. Nothing else follows automatically:
/// the desk sees the answer and re-allocates what was declined.
/// </summary>
internal sealed class AnswerOffer(InquiriesDb db, TimeProvider clock)
{
    public Task<Result> Accept(ShareId id, CurrentActor actor, CancellationToken ct) =>
        Answer(id, actor, (share, now) => share.Accept(now), ct);

    public Task<Result> Decline(ShareId id, DeclineOfferRequest? request, CurrentActor actor, CancellationToken ct) =>
        Answer(id, actor, (share, now) => share.Decline(request?.Reason, now), ct);

    public Task<Result> Counter(ShareId id, CounterOfferRequest? request, CurrentActor actor, CancellationToken ct) =>
        Answer(id, actor, (share, now) => share.Counter(request?.Quantity, request?.DueOn, request?.Note, now), ct);

    private async Task<Result> Answer(ShareId id, CurrentActor actor, Func<Share, DateTimeOffset, Result> answer, CancellationToken ct)
    {
        if (!actor.IsProducerFor(out var member)) return Error.NotFound("offer");
        var share = await db.Shares.FirstOrDefaultAsync(s => s.Id == id && s.MemberId == member && s.Status != ShareStatus.Proposed && s.OfferedAt != null, ct);
        if (share is null) return Error.NotFound("offer");
        var open = await db.Inquiries.Where(i => i.Id == share.InquiryId)
            .AnyAsync(i => i.Status == InquiryStatus.New || i.Status == InquiryStatus.Allocating || i.Status == InquiryStatus.Quoted, ct);
        if (!open) return Error.Conflict("offer_withdrawn", OfferMessages.Withdrawn);
        var now = clock.GetUtcNow();
        var result = answer(share, now);
        if (result.IsFailure) return result;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The deadline job or the desk changed it meanwhile (withdrawn, expired), or a second tap answered first.
            return Error.Conflict("offer_changed", OfferMessages.Changed);
        }
        return Result.Ok();
    }
}
