using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// What the desk sends: all proposed shares, or those listed; each share's member unit price in đồng
/// from <see cref="Shares"/>, else its line's from <see cref="Lines"/>, else the price already on the share.
/// </summary>
internal sealed record SendOffersRequest(IReadOnlyList<Guid>? ShareIds, IReadOnlyList<LinePrice>? Lines, IReadOnlyList<SharePrice>? Shares);

internal sealed record LinePrice(Guid LineId, long MemberUnitPriceVnd);

internal sealed record SharePrice(Guid ShareId, long MemberUnitPriceVnd);

internal sealed record OffersSent(int Sent, int Households, DateTimeOffset Deadline);

/// <summary>
/// Sends proposed shares to their households: price, status Offered, deadline (the association's
/// offer hours), the inquiry New → Allocating (the buyer is told), then one Vietnamese text per
/// household. The texts go after the commit: a failed delivery is logged and the offer still waits on
/// the household's page (<c>/account/offers</c>).
/// </summary>
internal sealed class SendOffers(InquiriesDb db, TradeSettingsStore settings, IMemberDirectory members, OfferTexts texts,
    TimeProvider clock, ILogger<SendOffers> log)
{
    public async Task<Result<OffersSent>> Handle(InquiryId id, SendOffersRequest? request, CurrentActor actor, CancellationToken ct)
    {
        if (!(actor.IsExportDesk || actor.IsAssociationAdmin)) return Error.NotFound("inquiry");
        request ??= new SendOffersRequest(null, null, null);
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return Error.NotFound("inquiry");
        if (!inquiry.IsOpen) return Error.Conflict("inquiry_closed", OfferMessages.InquiryClosed);

        var shares = await db.Shares.Where(s => s.InquiryId == id).ToListAsync(ct);
        var chosen = Choose(shares, request.ShareIds);
        if (chosen.IsFailure) return chosen.Error!;
        var toSend = chosen.Value!;
        if (toSend.Count == 0) return Error.Conflict("nothing_to_send", OfferMessages.NothingToSend);

        var prices = Prices(inquiry, toSend, request);
        if (prices.IsFailure) return prices.Error!;

        var households = new Dictionary<MemberId, MemberSummary>();
        foreach (var memberId in toSend.Select(s => s.MemberId).Distinct())
        {
            // Eligibility is the allocation's business; a member who left can no longer be asked.
            if (await members.FindAsync(memberId, ct) is not { Status: not MemberStatus.Deactivated } member)
                return Error.Conflict("member_inactive", OfferMessages.MemberInactive);
            households[memberId] = member;
        }

        var now = clock.GetUtcNow();
        var within = TimeSpan.FromHours(Math.Max(1, (await settings.GetAsync(ct)).OfferHours));
        foreach (var share in toSend) share.Offer(prices.Value![share.Id], now, within);
        if (inquiry.Status == InquiryStatus.New)
        {
            inquiry.Status = InquiryStatus.Allocating;
            inquiry.Touch(now);
            db.Changed(inquiry, InquiryChange.StatusChanged, clock);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("concurrent_change", "The inquiry or its allocation changed meanwhile; reload and send again.");
        }

        var units = inquiry.Lines.ToDictionary(l => l.Id, l => l.Unit);
        foreach (var household in toSend.GroupBy(s => s.MemberId))
        {
            var phone = households[household.Key].PhoneE164;
            try { await texts.SendOfferAsync(phone, [.. household], units, ct); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Offer text to member {Member} failed", household.Key); }
        }
        return new OffersSent(toSend.Count, households.Count, now + within);
    }

    private static Result<List<Share>> Choose(List<Share> shares, IReadOnlyList<Guid>? ids)
    {
        if (ids is not { Count: > 0 }) return shares.Where(s => s.Status == ShareStatus.Proposed).ToList();
        var chosen = new List<Share>();
        foreach (var (shareId, index) in ids.Distinct().Select((s, i) => (s, i)))
        {
            if (shares.FirstOrDefault(s => s.Id.Value == shareId) is not { } share) return Error.Validation($"shareIds[{index}]", OfferMessages.NotAShare);
            if (share.Status != ShareStatus.Proposed) return Error.Conflict("share_not_proposed", OfferMessages.NotProposed);
            chosen.Add(share);
        }
        return chosen;
    }

    private static Result<Dictionary<ShareId, long>> Prices(Inquiry inquiry, List<Share> toSend, SendOffersRequest request)
    {
        var fields = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byShare = new Dictionary<Guid, long>();
        foreach (var (p, i) in (request.Shares ?? []).Select((p, i) => (p, i)))
        {
            if (p.MemberUnitPriceVnd is < 1 or > Share.MaxUnitPriceDong) fields[$"shares[{i}].memberUnitPriceVnd"] = [OfferMessages.PriceRange];
            byShare[p.ShareId] = p.MemberUnitPriceVnd;
        }
        var byLine = new Dictionary<Guid, long>();
        foreach (var (p, i) in (request.Lines ?? []).Select((p, i) => (p, i)))
        {
            if (p.MemberUnitPriceVnd is < 1 or > Share.MaxUnitPriceDong) fields[$"lines[{i}].memberUnitPriceVnd"] = [OfferMessages.PriceRange];
            byLine[p.LineId] = p.MemberUnitPriceVnd;
        }
        if (fields.Count > 0) return Error.Validation(fields);

        var prices = new Dictionary<ShareId, long>();
        foreach (var share in toSend)
        {
            long? price = byShare.TryGetValue(share.Id.Value, out var s) ? s
                : byLine.TryGetValue(share.LineId.Value, out var l) ? l
                : share.MemberUnitPriceDong;
            if (price is { } dong) prices[share.Id] = dong;
            else
            {
                // Named by the line's position in the inquiry, as the desk's page lays the lines out.
                var position = inquiry.Lines.FirstOrDefault(x => x.Id == share.LineId)?.Position ?? 0;
                fields[$"lines[{position}].memberUnitPriceVnd"] = [OfferMessages.PriceMissing];
            }
        }
        return fields.Count > 0 ? new Error(ErrorKind.Validation, "validation", OfferMessages.PriceMissing, fields) : prices;
    }
}
