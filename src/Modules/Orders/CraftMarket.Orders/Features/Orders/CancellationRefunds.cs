using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>What a cancellation keeps and gives back: the amount retained and the refund asked of each payment.</summary>
internal sealed record RefundPlan(Money Retained, Money WorkValue, IReadOnlyList<(Payment Payment, Money Amount)> Refunds)
{
    public Money Total => Refunds.Aggregate(Money.Zero(Retained.Currency), (sum, r) => sum + r.Amount);
}

/// <summary>
/// The refund rules of a cancellation (ADR 0054), pure so they read as the rule they are. Before
/// production (the order was awaiting its deposit) every payment is refunded in full. Once production
/// started, the association keeps the deposit up to the value of the work the households accepted or
/// have in hand (at the buyer's price per piece: households must be paid for what they made), and
/// refunds everything above it. The refund is taken from the latest payments first, each at most
/// what is left of it after earlier refunds, so no payment is refunded twice.
/// </summary>
internal static class CancellationRefunds
{
    public static RefundPlan Plan(Order order, OrderState before, IReadOnlyCollection<WorkOrder> work, IReadOnlyCollection<Payment> payments)
    {
        var zero = Money.Zero(order.Currency);
        var value = WorkValue(order, work);
        var retained = before == OrderState.AwaitingDeposit ? zero : Money.Min(order.Deposit, value);
        var received = payments.Where(p => p.Status == PaymentStatus.Succeeded)
            .OrderByDescending(p => p.SucceededAt ?? p.CreatedAt).ThenByDescending(p => p.Id.Value)
            .ToList();
        var left = received.Aggregate(zero, (sum, p) => sum + (p.Amount - p.Refunded));
        retained = Money.Min(retained, left);
        var toRefund = left - retained;

        var refunds = new List<(Payment, Money)>();
        foreach (var payment in received)
        {
            if (!toRefund.IsPositive) break;
            var amount = Money.Min(toRefund, payment.Amount - payment.Refunded);
            if (!amount.IsPositive) continue;
            refunds.Add((payment, amount));
            toRefund -= amount;
        }
        return new RefundPlan(retained, value, refunds);
    }

    /// <summary>
    /// Accepted pieces, plus the pieces still to present of every lot the household has started
    /// (started, ready for inspection, in rework), at what the buyer pays per piece. A lot not started
    /// and rejected pieces count nothing.
    /// </summary>
    public static Money WorkValue(Order order, IEnumerable<WorkOrder> work)
    {
        var total = Money.Zero(order.Currency);
        foreach (var w in work.Where(w => w.State != WorkOrderState.Cancelled))
        {
            var inHand = w.State is WorkOrderState.Started or WorkOrderState.ReadyForInspection or WorkOrderState.Rework ? w.OutstandingQuantity : 0;
            total += new Money(w.BuyerUnitPriceMinor, order.Currency) * (w.AcceptedQuantity + inHand);
        }
        return total;
    }

    /// <summary>Lots not inspected yet stop when the order is cancelled; inspected lots stay as inspected (their pieces are owed to the household).</summary>
    public static bool StopsOnCancel(WorkOrder work) =>
        work.State is WorkOrderState.Assigned or WorkOrderState.Started or WorkOrderState.ReadyForInspection or WorkOrderState.Rework;
}
