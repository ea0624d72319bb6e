using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RequestOptions = global::Stripe.RequestOptions;
using RefundCreateOptions = global::Stripe.RefundCreateOptions;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>
/// A card refund asked for by a feature (<see cref="RefundRecording.Request"/>) is sent to Stripe
/// against the payment's PaymentIntent, with the refund's id as the idempotency key: a redelivered
/// event, or a crash between Stripe's answer and our save, never refunds twice. Stripe's refund id is
/// stored; the money is counted back when Stripe says the refund succeeded (the webhook, or at once
/// when Stripe answers "succeeded"). The tenant is set by the dispatcher from the event.
/// </summary>
internal sealed class StripeRefunds(OrdersDb db, IServiceProvider services, IOptions<StripeOptions> options, TimeProvider clock,
    ILogger<StripeRefunds> log) : IIntegrationEventHandler<RefundRequested>
{
    private const string Consumer = "orders.stripe-refund";

    public async Task Handle(RefundRequested e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        if (await db.Refunds.FirstOrDefaultAsync(r => r.Id == e.RefundId, ct) is not { } refund
            || await db.Payments.FirstOrDefaultAsync(p => p.Id == e.PaymentId, ct) is not { } payment)
        {
            log.LogError("Refund {Refund} or its payment is gone; nothing sent to Stripe", e.RefundId);
            db.MarkProcessed(e.EventId, Consumer, clock);
            await db.SaveChangesAsync(ct);
            return;
        }
        if (refund.StripeRefundId is null && !refund.Completed)
        {
            if (!options.Value.IsConfigured || string.IsNullOrEmpty(payment.StripePaymentIntentId))
                // Left for the outbox to retry (and park for the platform admin): the money must not be forgotten.
                throw new InvalidOperationException($"Card refund {refund.Id} cannot be sent: Stripe is not configured or payment {payment.Id} has no PaymentIntent.");
            var stripe = services.GetRequiredService<StripeApi>();
            var metadata = StripeMetadata.For(payment);
            metadata[StripeMetadata.RefundId] = refund.Id.Value.ToString();
            var made = await stripe.Refunds.CreateAsync(new RefundCreateOptions
            {
                PaymentIntent = payment.StripePaymentIntentId,
                Amount = StripeAmounts.UnitAmount(refund.Amount),
                Metadata = metadata,
            }, new RequestOptions { IdempotencyKey = "refund-" + refund.Id }, ct);
            refund.StripeRefundId = made.Id;
            if (made.Status == "succeeded")
            {
                var order = await db.Orders.FirstAsync(o => o.Id == refund.OrderId, ct);
                await db.CompletedAsync(order, refund, PaymentMethod.Card, StripeWebhook.Actor, clock, ct);
            }
        }
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }
}
