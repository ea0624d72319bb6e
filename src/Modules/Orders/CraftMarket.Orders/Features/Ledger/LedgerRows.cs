using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain.Ledger;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>One ledger line with its transaction's facts: what every balance below is summed from.</summary>
internal sealed record LedgerRow(LedgerTransactionId TransactionId, LedgerKind Kind, string SourceKey, DateOnly BookedOn, DateTimeOffset At, string Memo,
    OrderId? OrderId, LedgerTransactionId? ReversesId, LedgerAccount Account, long AmountDong, MemberId? MemberId, WorkOrderId? WorkOrderId)
{
    public static IEnumerable<LedgerRow> Of(LedgerTransaction t) =>
        t.Entries.Select(e => new LedgerRow(t.Id, t.Kind, t.SourceKey, t.BookedOn, t.At, t.Memo, t.OrderId, t.ReversesId, e.Account, e.AmountDong,
            e.MemberId, e.WorkOrderId));
}

/// <summary>
/// What the association owes one household, from its lines alone (the entries are the truth; nothing
/// is stored beside them). Every member-payable movement is one of: accepted work (gross on
/// production cost, the fee on association fee, both naming the member and work order), a surplus
/// share (naming the work order) or a payout (naming no work order); reversals mirror them.
/// </summary>
internal sealed record MemberFigures(long EarnedGross, long Fees, long Surplus, long Paid, long Owed)
{
    public long NetEarned => EarnedGross - Fees;

    public static MemberFigures Of(IEnumerable<LedgerRow> rows, MemberId member)
    {
        long gross = 0, fees = 0, surplus = 0, paid = 0, owed = 0;
        foreach (var r in rows)
        {
            if (r.MemberId != member) continue;
            switch (r.Account)
            {
                case LedgerAccount.ProductionCost: gross += r.AmountDong; break;
                case LedgerAccount.AssociationFee: fees -= r.AmountDong; break;
                case LedgerAccount.SurplusShared: surplus += r.AmountDong; break;
                case LedgerAccount.MemberPayable:
                    owed -= r.AmountDong;
                    if (r.WorkOrderId is null) paid += r.AmountDong;
                    break;
            }
        }
        return new MemberFigures(gross, fees, surplus, paid, owed);
    }
}

/// <summary>One work order's share of a household's figures (earned, fee, surplus share), from its lines.</summary>
internal sealed record WorkFigures(long EarnedGross, long Fees, long Surplus)
{
    public long Net => EarnedGross - Fees + Surplus;

    public static IReadOnlyDictionary<WorkOrderId, WorkFigures> Of(IEnumerable<LedgerRow> rows) =>
        rows.Where(r => r.WorkOrderId is not null).GroupBy(r => r.WorkOrderId!.Value).ToDictionary(g => g.Key, g => new WorkFigures(
            g.Where(r => r.Account == LedgerAccount.ProductionCost).Sum(r => r.AmountDong),
            -g.Where(r => r.Account == LedgerAccount.AssociationFee).Sum(r => r.AmountDong),
            g.Where(r => r.Account == LedgerAccount.SurplusShared).Sum(r => r.AmountDong)));
}

/// <summary>
/// One order's money, in đồng, from its lines: billed at the book rate, received (the đồng that came
/// in), refunded, exchange result, production cost, fees, costs, surplus shared, and what is still open.
/// </summary>
internal sealed record OrderFigures(long Billed, long Returns, long Received, long Refunded, long ExchangeResult, long ProductionCost, long Fees,
    long MemberEarnings, long Costs, long SurplusShared, long Receivable, long BuyerCredit)
{
    /// <summary>
    /// What the order earned the association before sharing: the sale less what was given back and
    /// what the buyer never paid (an open receivable), less production at members' prices and the
    /// order's costs, plus the exchange result (gain positive). The fee is the association's own
    /// income from members, so it is not part of an order's surplus.
    /// </summary>
    public long Surplus => Billed - Returns - Math.Max(0, Receivable) - ProductionCost - Costs + ExchangeResult;

    public static OrderFigures Of(IReadOnlyCollection<LedgerRow> rows)
    {
        long Sum(LedgerAccount a) => rows.Where(r => r.Account == a).Sum(r => r.AmountDong);
        long MoneyIn(LedgerKind kind) => rows.Where(r => r.Kind == kind && IsMoney(r.Account)).Sum(r => r.AmountDong);
        return new OrderFigures(
            Billed: -Sum(LedgerAccount.Sales),
            Returns: Sum(LedgerAccount.SalesReturns),
            Received: MoneyIn(LedgerKind.PaymentReceived),
            Refunded: -MoneyIn(LedgerKind.Refund),
            ExchangeResult: -Sum(LedgerAccount.ExchangeDifference),
            ProductionCost: Sum(LedgerAccount.ProductionCost),
            Fees: -Sum(LedgerAccount.AssociationFee),
            MemberEarnings: -rows.Where(r => r.Account == LedgerAccount.MemberPayable && r.WorkOrderId is not null).Sum(r => r.AmountDong),
            Costs: Sum(LedgerAccount.OrderCosts),
            SurplusShared: Sum(LedgerAccount.SurplusShared),
            Receivable: Sum(LedgerAccount.BuyerReceivable),
            BuyerCredit: -Sum(LedgerAccount.BuyerCredit));
    }

    public static bool IsMoney(LedgerAccount account) =>
        account is LedgerAccount.Bank or LedgerAccount.Cash or LedgerAccount.StripeClearing or LedgerAccount.MobileWallet;
}
