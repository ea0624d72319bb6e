using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StripeEvent = global::Stripe.Event;
using StripeCharge = global::Stripe.Charge;
using StripeRefundObject = global::Stripe.Refund;
using StripeRefundListOptions = global::Stripe.RefundListOptions;
using IHasId = global::Stripe.IHasId;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>
/// A verified Stripe event, acted on once (inbox "stripe" / event id) in its association's scope. The
/// event only says that something happened to an object: the object's CURRENT state is fetched from
/// Stripe and acted on, so events arriving late, twice or out of order (<c>payment_intent.succeeded</c>
/// before <c>checkout.session.completed</c>) all lead to the same single result. Unknown types are ignored.
/// </summary>
internal sealed class StripeWebhook(IServiceScopeFactory scopes, OrdersDb lookupDb, StripeApi stripe, ITenantDirectory tenants, TimeProvider clock,
    ILogger<StripeWebhook> log)
{
    public const string InboxSource = "stripe";
    public const string Actor = "Stripe";
    private const int Attempts = 3;

    public async Task HandleAsync(StripeEvent e, CancellationToken ct)
    {
        if (await CurrentStateAsync(e, ct) is not { } change)
        {
            log.LogInformation("Stripe event {Event} ({Type}) needs nothing here", e.Id, e.Type);
            return;
        }
        if (await StripeLookupCrossTenant.PaymentAsync(lookupDb, change.SessionId, change.IntentId, change.Metadata, ct) is not { } owner)
        {
            // Another site's payment on the same Stripe account, or one made in the Stripe dashboard: not ours to count.
            log.LogWarning("Stripe event {Event} ({Type}) matches no card payment here", e.Id, e.Type);
            return;
        }
        if (tenants.FindById(owner.TenantId) is not { } association)
        {
            log.LogError("Stripe event {Event} belongs to association {Tenant}, which no longer exists", e.Id, owner.TenantId);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(association.Id, association.Slug);
            // The request is anonymous (Stripe signs, it does not sign in): the scope acts for the payment's association only.
            var db = scope.ServiceProvider.GetRequiredService<OrdersDb>();
            var effect = new StripeEffects(db, association, clock, log);
            try
            {
                var ran = await db.ProcessOnceAsync(InboxSource, e.Id, c => effect.ApplyAsync(owner.PaymentId, change, c), clock, ct);
                if (!ran) log.LogInformation("Stripe event {Event} was processed before", e.Id);
                return;
            }
            catch (DbUpdateException conflict) when (attempt < Attempts)
            {
                // Another event about the same payment committed first (both saw it pending): act again on what is now stored.
                log.LogInformation(conflict, "Stripe event {Event} met a concurrent change; attempt {Attempt}", e.Id, attempt + 1);
            }
        }
    }

    /// <summary>The object the event is about, as Stripe holds it now; null for events this site does not act on.</summary>
    private async Task<StripeChange?> CurrentStateAsync(StripeEvent e, CancellationToken ct)
    {
        var id = (e.Data?.Object as IHasId)?.Id;
        switch (e.Type)
        {
            case "checkout.session.completed" or "checkout.session.async_payment_succeeded" or "checkout.session.async_payment_failed"
                or "checkout.session.expired" when id is not null:
                var session = await stripe.Sessions.GetAsync(id, cancellationToken: ct);
                return new StripeChange(session.Id, session.PaymentIntentId, session.Metadata) { Session = session };
            case "payment_intent.succeeded" when id is not null:
                var intent = await stripe.Intents.GetAsync(id, cancellationToken: ct);
                return new StripeChange(null, intent.Id, intent.Metadata) { Intent = intent };
            case "charge.refunded" when e.Data?.Object is StripeCharge { PaymentIntentId: { Length: > 0 } chargeIntent }:
                var refunds = await stripe.Refunds.ListAsync(new StripeRefundListOptions { PaymentIntent = chargeIntent, Limit = 100 }, cancellationToken: ct);
                return new StripeChange(null, chargeIntent, null) { Refunds = refunds.Data };
            case "refund.created" or "refund.updated" or "refund.failed" when id is not null:
                var refund = await stripe.Refunds.GetAsync(id, cancellationToken: ct);
                return refund.PaymentIntentId is { Length: > 0 } refundIntent
                    ? new StripeChange(null, refundIntent, null) { Refunds = [refund] }
                    : null;
            default:
                return null;
        }
    }
}

/// <summary>What Stripe says now about one of our payments (a checkout session, a PaymentIntent or the refunds of one).</summary>
internal sealed record StripeChange(string? SessionId, string? IntentId, IDictionary<string, string>? Metadata)
{
    public global::Stripe.Checkout.Session? Session { get; init; }
    public global::Stripe.PaymentIntent? Intent { get; init; }
    public IReadOnlyList<StripeRefundObject>? Refunds { get; init; }
}
