using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// A refund is asked for by a feature (a cancellation's rules, the desk giving back an overpayment):
/// the row is written pending and, for a card payment, <see cref="RefundRequested"/> goes through the
/// outbox to the Stripe part, which calls Stripe and completes it when Stripe confirms. A bank refund
/// is completed when the desk records the transfer back. Completion is the same for both. The caller saves.
/// </summary>
internal static class RefundRecording
{
    public static Refund Request(this OrdersDb db, Order order, Payment payment, Money amount, string reason, TimeProvider clock)
    {
        if (amount.Currency != payment.Amount.Currency || !amount.IsPositive || amount > payment.Amount - payment.Refunded)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A refund is positive and at most what is left of the payment.");
        var refund = new Refund(order.TenantId, order.Id, payment.Id, amount, reason, clock.GetUtcNow());
        db.Refunds.Add(refund);
        payment.RefundedMinor = checked(payment.RefundedMinor + amount.MinorUnits);   // reserved now, so two requests cannot refund it twice
        payment.Revision++;
        if (payment.Method == PaymentMethod.Card)
            db.Outbox.Add(new RefundRequested(Guid.CreateVersion7(), order.TenantId, refund.Id, payment.Id, order.Id, amount, clock.GetUtcNow()), clock);
        return refund;
    }

    /// <summary>The money has left: the order's paid amount falls, the ledger posts it (once), the buyer hears of it.</summary>
    public static async Task CompletedAsync(this OrdersDb db, Order order, Refund refund, PaymentMethod method, string actorName, TimeProvider clock,
        CancellationToken ct)
    {
        if (refund.Completed) return;
        var now = clock.GetUtcNow();
        var overpaidBefore = order.Overpaid;
        refund.Completed = true;
        refund.CompletedAt = now;
        order.PaidMinor = checked(order.PaidMinor - refund.AmountMinor);
        order.Touch(now);
        await db.PostAsync(Postings.Refunded(order, refund, method, overpaidBefore, VietnamDate.Today(now), now), ct);
        db.Timeline(order, "refund", actorName, $"{refund.Amount} refunded by {method}: {refund.Reason}", forBuyer: true, clock);
        db.Changed(order, OrderChange.Refunded, clock);
    }
}

/// <summary>Module-internal: a card refund must be sent to Stripe (consumed by the Stripe part, idempotent by refund id).</summary>
[EventName("orders.refund-requested", Version = 1)]
internal sealed record RefundRequested(Guid EventId, TenantId TenantId, RefundId RefundId, PaymentId PaymentId, OrderId OrderId, Money Amount,
    DateTimeOffset At) : ITenantEvent;
