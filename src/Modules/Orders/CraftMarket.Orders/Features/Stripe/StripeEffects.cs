using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Refund = CraftMarket.Orders.Domain.Refund;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>
/// What a Stripe object's current state means for one payment, inside the inbox's transaction: paid →
/// <see cref="PaymentRecording.SucceededAsync"/> (which counts a payment once, however many events say
/// so); an expired checkout → the pending payment is cancelled; a succeeded refund →
/// <see cref="RefundRecording.CompletedAsync"/> for our refund row (once).
/// </summary>
internal sealed class StripeEffects(OrdersDb db, ResolvedTenant association, TimeProvider clock, ILogger log)
{
    public async Task ApplyAsync(PaymentId paymentId, StripeChange change, CancellationToken ct)
    {
        if (await db.Payments.FirstOrDefaultAsync(p => p.Id == paymentId, ct) is not { } payment) return;
        var order = await db.Orders.FirstAsync(o => o.Id == payment.OrderId, ct);
        if (change.Session is { } session)
        {
            Remember(payment, session.Id, session.PaymentIntentId);
            if (session.Status == "complete" && session.PaymentStatus == "paid")
                await ReceivedAsync(order, payment, session.AmountTotal ?? 0, session.Currency, ct);
            else if (session.Status == "expired" && payment.Status == PaymentStatus.Pending)
            {
                payment.Status = PaymentStatus.Cancelled;
                payment.Revision++;
            }
        }
        else if (change.Intent is { } intent)
        {
            Remember(payment, null, intent.Id);
            if (intent.Status == "succeeded") await ReceivedAsync(order, payment, intent.AmountReceived, intent.Currency, ct);
        }
        else if (change.Refunds is { } refunds)
        {
            foreach (var stripeRefund in refunds.Where(r => r.Status == "succeeded"))
            {
                var ours = await db.Refunds.FirstOrDefaultAsync(r => r.StripeRefundId == stripeRefund.Id, ct)
                    ?? await RefundFromMetadataAsync(payment, stripeRefund.Metadata, ct);
                if (ours is null)
                {
                    log.LogWarning("Stripe refund {Refund} of payment {Payment} was not asked for here (made in the Stripe dashboard?)", stripeRefund.Id, payment.Id);
                    continue;
                }
                ours.StripeRefundId ??= stripeRefund.Id;
                await db.CompletedAsync(order, ours, PaymentMethod.Card, StripeWebhook.Actor, clock, ct);
            }
            foreach (var failed in refunds.Where(r => r.Status is "failed" or "canceled"))
                log.LogError("Stripe refund {Refund} of payment {Payment} {Status}: {Reason}", failed.Id, payment.Id, failed.Status, failed.FailureReason);
        }
    }

    private static void Remember(Payment payment, string? sessionId, string? intentId)
    {
        if (payment.StripeCheckoutSessionId is null && !string.IsNullOrEmpty(sessionId)) payment.StripeCheckoutSessionId = sessionId;
        if (payment.StripePaymentIntentId is null && !string.IsNullOrEmpty(intentId)) payment.StripePaymentIntentId = intentId;
    }

    private async Task ReceivedAsync(Order order, Payment payment, long amount, string? currency, CancellationToken ct)
    {
        if (payment.Status == PaymentStatus.Succeeded) return;   // counted already (the other event of the pair, or a replay)
        if (StripeAmounts.FromStripe(amount, currency) is not { } received || received.Currency != payment.Amount.Currency)
        {
            log.LogError("Stripe reports {Amount} {Currency} for payment {Payment} in {Expected}: not counted", amount, currency, payment.Id, payment.CurrencyCode);
            return;
        }
        if (received.MinorUnits != payment.AmountMinor)
        {
            log.LogWarning("Stripe received {Received} for payment {Payment} opened for {Expected}; counting what was received", received, payment.Id, payment.Amount);
            payment.AmountMinor = received.MinorUnits;
        }
        payment.Reference ??= payment.StripePaymentIntentId ?? payment.StripeCheckoutSessionId;
        // The đồng the association gets for it: its own rate of the day when it has one for this currency, else the order's book rate.
        if (payment.AmountVnd == 0 && association.DisplayRate(payment.CurrencyCode) is { } rate)
            payment.AmountVnd = rate.Inverse().Convert(payment.Amount).MinorUnits;
        payment.Revision++;
        await db.SucceededAsync(order, payment, StripeWebhook.Actor, clock, ct);
    }

    private async Task<Refund?> RefundFromMetadataAsync(Payment payment, IDictionary<string, string>? metadata, CancellationToken ct)
    {
        if (StripeMetadata.Read(metadata, StripeMetadata.RefundId) is not { } id) return null;
        var refundId = new RefundId(id);
        return await db.Refunds.FirstOrDefaultAsync(r => r.Id == refundId && r.PaymentId == payment.Id, ct);
    }
}
