using System.Globalization;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>
/// How much of what a household is owed may be paid now (ADR 0057). After inspection: all of it.
/// After balance: only what it earned on work orders whose order's balance is in, less what it was
/// already paid (payouts go against the earliest money first), never more than it is owed overall.
/// </summary>
internal static class PayoutRule
{
    public static long PayableNow(PayoutTiming timing, MemberFigures figures, long earnedOnSettledOrders) =>
        timing == PayoutTiming.AfterInspection
            ? Math.Max(0, figures.Owed)
            : Math.Clamp(earnedOnSettledOrders - figures.Paid, 0, Math.Max(0, figures.Owed));

    /// <summary>Refuses a payout above what may be paid now (409, with the amounts) and anything but a positive amount of đồng (400).</summary>
    public static Result Check(Money amount, long owed, long payableNow, PayoutTiming timing)
    {
        if (amount.Currency != Currency.VND) return Error.Validation("amount", "A payout is in đồng (VND).");
        if (!amount.IsPositive) return Error.Validation("amount", "The amount must be above zero.");
        if (amount.MinorUnits > Math.Max(0, owed))
            return Error.Conflict("payout.above-owed", string.Create(CultureInfo.InvariantCulture,
                $"The household is owed {Math.Max(0, owed)} đồng; a payout of {amount.MinorUnits} đồng is more than that."));
        if (amount.MinorUnits > payableNow)
            return Error.Conflict("payout.balance-unpaid", string.Create(CultureInfo.InvariantCulture,
                $"Only {payableNow} đồng of the {owed} owed may be paid now: the association pays after the buyer's balance is in ({timing})."));
        return Result.Ok();
    }
}
