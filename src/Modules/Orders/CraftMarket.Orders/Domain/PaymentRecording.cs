using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// What every received payment does, card or bank, so the two can never disagree: the payment is
/// marked succeeded, the order's paid amount grows, the ledger posts it (once: keyed by the payment),
/// the timeline and the buyer hear of it, and a deposit that is now covered starts production; a
/// balance covered after inspection makes the order ready to ship. The caller saves.
/// </summary>
internal static class PaymentRecording
{
    public static async Task SucceededAsync(this OrdersDb db, Order order, Payment payment, string actorName, TimeProvider clock, CancellationToken ct)
    {
        if (payment.Status == PaymentStatus.Succeeded) return;   // a second webhook or a double click: already counted
        var now = clock.GetUtcNow();
        var today = VietnamDate.Today(now);
        var paidBefore = order.Paid;
        payment.Status = PaymentStatus.Succeeded;
        payment.SucceededAt = now;
        payment.ReceivedOn ??= today;
        if (payment.AmountVnd == 0) payment.AmountVnd = order.ToVnd(payment.Amount).MinorUnits;
        order.PaidMinor = checked(order.PaidMinor + payment.AmountMinor);
        order.Touch(now);
        await db.PostAsync(Postings.PaymentReceived(order, payment, paidBefore, payment.ReceivedOn.Value, now), ct);
        db.Timeline(order, "payment", actorName,
            $"{payment.Amount} received by {payment.Method} ({payment.Reference})", forBuyer: true, clock);
        db.Changed(order, OrderChange.PaymentReceived, clock);
        AdvanceAfterPayment(db, order, actorName, clock);
    }

    /// <summary>The moves money alone may cause.</summary>
    public static void AdvanceAfterPayment(OrdersDb db, Order order, string actorName, TimeProvider clock)
    {
        if (order.State == OrderState.AwaitingDeposit && order.DepositDue.IsZero)
            db.MoveTo(order, OrderState.InProduction, actorName, "Deposit received", clock);
        else if (order.State == OrderState.AwaitingBalance && order.BalanceDue.IsZero)
            db.MoveTo(order, OrderState.ReadyToShip, actorName, "Balance received", clock);
    }
}

/// <summary>The association's dates are Vietnam dates (UTC+7, no daylight saving).</summary>
internal static class VietnamDate
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
