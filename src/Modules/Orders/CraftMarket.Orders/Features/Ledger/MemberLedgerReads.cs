using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>One line of a household's sub-ledger: a movement of what it is owed (credit: earned; debit: paid).</summary>
internal sealed record MemberEntryDto(Guid TransactionId, DateOnly Date, string Kind, string Memo, long AmountDong, string? OrderNumber, Guid? WorkOrderId,
    Guid? ReversesId);

/// <summary>One work order as the household sees its pay: accepted pieces, its price, and the buyer's price per piece.</summary>
internal sealed record MemberWorkDto(Guid WorkOrderId, string OrderNumber, string Product, string State, int Quantity, int AcceptedQuantity,
    long MemberUnitPriceDong, long EarnedGrossDong, long FeeDong, long SurplusDong, long NetDong, long BuyerUnitPriceMinor, string BuyerCurrency,
    string BuyerUnitPrice, long BuyerUnitPriceDong);

internal sealed record PayoutDto(Guid Id, DateOnly PaidOn, long AmountDong, string Method, string? Reference, string? RecordedBy, bool Reversed);

internal sealed record MemberLedgerDto(Guid MemberId, string Name, long EarnedGrossDong, long FeesDong, long NetEarnedDong, long SurplusDong, long PaidDong,
    long OwedDong, long PayableNowDong, string PayoutTiming, IReadOnlyList<MemberWorkDto> WorkOrders, IReadOnlyList<MemberEntryDto> Entries,
    IReadOnlyList<PayoutDto> Payouts);

/// <summary>A household's ledger for the desk, or for the household itself (another household's id: not found).</summary>
internal sealed class MemberLedgerReads(OrdersDb db, LedgerBalances balances, IMemberDirectory members)
{
    /// <summary>The buyer's price as traders write it ("US$8.40", "€7.90", "¥1,250"); đồng are written the Vietnamese way.</summary>
    public static readonly System.Globalization.CultureInfo BuyerPriceCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    public async Task<Result<MemberLedgerDto>> ReadAsync(MemberId member, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.MayRead(member)) return Error.NotFound("member");
        var summary = await members.FindAsync(member, ct);
        if (summary is null) return Error.NotFound("member");
        var rows = await balances.OfMemberAsync(member, ct);
        var figures = MemberFigures.Of(rows, member);
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(db.Tenant);
        var payableNow = PayoutRule.PayableNow(settings.PayoutTiming, figures,
            settings.PayoutTiming == PayoutTiming.AfterBalance ? await balances.EarnedOnSettledOrdersAsync(member, ct) : 0);

        var work = await db.WorkOrders.AsNoTracking().Where(w => w.MemberId == member).OrderBy(w => w.CreatedAt).ToListAsync(ct);
        var orderIds = work.Select(w => w.OrderId).Concat(rows.Where(r => r.OrderId is not null).Select(r => r.OrderId!.Value)).Distinct().ToList();
        var numbers = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.Number }).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var perWork = WorkFigures.Of(rows);
        var lines = work.Select(w =>
        {
            var f = perWork.GetValueOrDefault(w.Id) ?? new WorkFigures(0, 0, 0);
            var buyerPrice = new Money(w.BuyerUnitPriceMinor, Currency.Of(w.BuyerCurrencyCode));
            return new MemberWorkDto(w.Id.Value, numbers.GetValueOrDefault(w.OrderId, ""), w.Description, w.State.ToString(), w.Quantity, w.AcceptedQuantity,
                w.MemberUnitPriceDong, f.EarnedGross, f.Fees, f.Surplus, f.Net, w.BuyerUnitPriceMinor, w.BuyerCurrencyCode, buyerPrice.Format(BuyerPriceCulture),
                w.BuyerUnitPriceDong);
        }).ToList();

        // The household's own movements: what it was credited or paid (member-payable lines).
        var entries = rows.Where(r => r.Account == LedgerAccount.MemberPayable)
            .Select(r => new MemberEntryDto(r.TransactionId.Value, r.BookedOn, r.Kind.ToString(), r.Memo, -r.AmountDong,
                r.OrderId is { } o ? numbers.GetValueOrDefault(o) : null, r.WorkOrderId?.Value, r.ReversesId?.Value))
            .ToList();
        var reversed = rows.Where(r => r.ReversesId is not null).Select(r => r.ReversesId!.Value).ToHashSet();
        var payouts = await db.Payouts.AsNoTracking().Where(p => p.MemberId == member).OrderByDescending(p => p.PaidOn).ThenByDescending(p => p.CreatedAt)
            .ToListAsync(ct);
        var payoutDtos = payouts.Select(p => new PayoutDto(p.Id.Value, p.PaidOn, p.AmountDong, p.Method.ToString(), p.Reference,
            actor.IsLedgerDesk() ? p.RecordedByName : null, p.TransactionId is { } t && reversed.Contains(t))).ToList();

        return new MemberLedgerDto(member.Value, summary.DisplayName, figures.EarnedGross, figures.Fees, figures.NetEarned, figures.Surplus, figures.Paid,
            figures.Owed, payableNow, settings.PayoutTiming.ToString(), lines, entries, payoutDtos);
    }
}
