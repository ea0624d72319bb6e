using System.Net;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using Shouldly;

using CraftMarket.Testing.Stripe;

namespace CraftMarket.Orders.Tests.Stripe;

/// <summary>
/// Stripe's events through the real endpoint, signed as Stripe signs them, on the platform host: the
/// signature and its age are checked, an event is processed once, and the effect follows what Stripe
/// holds now (read back from the stub), not the order in which the events arrive.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class WebhookTests(OrdersApp app)
{
    private HttpClient Stripe => app.ClientFor(null);

    [Fact]
    public async Task A_forged_signature_is_refused_and_changes_nothing()
    {
        var open = await CardFlow.OpenAsync(app);
        var (session, _) = StripeStub.Shared.PayCheckout(open.SessionId);
        var payload = StripeEvents.Event("checkout.session.completed", session);

        var forged = await StripeEvents.PostAsync(Stripe, payload, StripeEvents.Signature(payload, "whsec_not_the_endpoint_secret", DateTimeOffset.UtcNow));
        var unsigned = await StripeEvents.PostAsync(Stripe, payload, null);
        var tampered = await StripeEvents.PostAsync(Stripe, payload.Replace("\"livemode\":false", "\"livemode\":true", StringComparison.Ordinal),
            StripeEvents.Signature(payload, StripeStub.WebhookSecret, DateTimeOffset.UtcNow));

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        forged.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        unsigned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tampered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CardFlow.PaymentAsync(app, "bat-trang", open.PaymentId)).Status.ShouldBe(PaymentStatus.Pending);
        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(0);
    }

    [Fact]
    public async Task A_stale_timestamp_is_refused_even_with_the_right_secret()
    {
        var open = await CardFlow.OpenAsync(app);
        var (session, _) = StripeStub.Shared.PayCheckout(open.SessionId);
        var payload = StripeEvents.Event("checkout.session.completed", session);

        var stale = await StripeEvents.PostAsync(Stripe, payload, StripeEvents.Signature(payload, StripeStub.WebhookSecret, DateTimeOffset.UtcNow.AddSeconds(-301 - 30)));

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(0);
        // The same delivery signed now is accepted: only the age was wrong.
        (await StripeEvents.DeliverAsync(Stripe, payload)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(open.Order.DepositMinor);
    }

    [Fact]
    public async Task A_replayed_event_answers_200_and_is_counted_once()
    {
        var open = await CardFlow.OpenAsync(app);
        var (session, _) = StripeStub.Shared.PayCheckout(open.SessionId);
        var eventId = StripeEvents.NewId();
        var payload = StripeEvents.Event("checkout.session.completed", session, eventId);

        (await StripeEvents.DeliverAsync(Stripe, payload)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StripeEvents.DeliverAsync(Stripe, payload)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StripeEvents.DeliverAsync(app.ClientFor("van-phuc"), payload)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await CardFlow.InInboxAsync(app, eventId)).ShouldBeTrue();
        var order = await CardFlow.OrderAsync(app, open.Order);
        order.PaidMinor.ShouldBe(open.Order.DepositMinor);
        order.State.ShouldBe(OrderState.InProduction);
        (await CardFlow.PostingsAsync(app, "bat-trang", $"payment:{open.PaymentId}")).ShouldBe(1);
        (await CardFlow.PaymentLinesOnTimelineAsync(app, open.Order)).ShouldBe(1);
        var payment = await CardFlow.PaymentAsync(app, "bat-trang", open.PaymentId);
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.StripePaymentIntentId.ShouldBe(session["payment_intent"]!.GetValue<string>());
        payment.AmountVnd.ShouldBePositive();
    }

    [Fact]
    public async Task Payment_intent_succeeded_before_checkout_session_completed_counts_the_payment_once()
    {
        var open = await CardFlow.OpenAsync(app);
        var (session, intent) = StripeStub.Shared.PayCheckout(open.SessionId);

        // The PaymentIntent's event comes first: the site does not know that PaymentIntent yet, only its metadata leads to the payment.
        (await StripeEvents.DeliverAsync(Stripe, StripeEvents.Event("payment_intent.succeeded", intent))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterFirst = await CardFlow.OrderAsync(app, open.Order);
        afterFirst.PaidMinor.ShouldBe(open.Order.DepositMinor);
        afterFirst.State.ShouldBe(OrderState.InProduction);
        (await CardFlow.PaymentAsync(app, "bat-trang", open.PaymentId)).StripePaymentIntentId.ShouldBe(intent["id"]!.GetValue<string>());

        (await StripeEvents.DeliverAsync(Stripe, StripeEvents.Event("checkout.session.completed", session))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var order = await CardFlow.OrderAsync(app, open.Order);
        order.PaidMinor.ShouldBe(open.Order.DepositMinor);
        order.State.ShouldBe(OrderState.InProduction);
        (await CardFlow.PostingsAsync(app, "bat-trang", $"payment:{open.PaymentId}")).ShouldBe(1);
        (await CardFlow.PaymentLinesOnTimelineAsync(app, open.Order)).ShouldBe(1);
    }

    [Fact]
    public async Task Both_events_of_a_payment_arriving_at_once_count_it_once()
    {
        var open = await CardFlow.OpenAsync(app);
        var (session, intent) = StripeStub.Shared.PayCheckout(open.SessionId);

        var answers = await Task.WhenAll(
            StripeEvents.DeliverAsync(Stripe, StripeEvents.Event("payment_intent.succeeded", intent)),
            StripeEvents.DeliverAsync(app.ClientFor(null), StripeEvents.Event("checkout.session.completed", session)));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(open.Order.DepositMinor);
        (await CardFlow.PostingsAsync(app, "bat-trang", $"payment:{open.PaymentId}")).ShouldBe(1);
        (await CardFlow.PaymentLinesOnTimelineAsync(app, open.Order)).ShouldBe(1);
    }

    [Fact]
    public async Task The_effect_follows_Stripes_current_state_not_the_event_type_or_its_snapshot()
    {
        // An "expired" event about a session the buyer meanwhile paid: Stripe now says paid, so the payment is counted, not cancelled.
        var paid = await CardFlow.OpenAsync(app);
        var stale = StripeStub.Shared.Session(paid.SessionId);
        stale["status"] = "expired";
        StripeStub.Shared.PayCheckout(paid.SessionId);
        (await StripeEvents.DeliverAsync(Stripe, StripeEvents.Event("checkout.session.expired", stale))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CardFlow.PaymentAsync(app, "bat-trang", paid.PaymentId)).Status.ShouldBe(PaymentStatus.Succeeded);
        (await CardFlow.OrderAsync(app, paid.Order)).PaidMinor.ShouldBe(paid.Order.DepositMinor);

        // A "completed" event whose snapshot claims payment while Stripe holds the session open and unpaid: nothing is counted.
        var unpaid = await CardFlow.OpenAsync(app);
        var claim = StripeStub.Shared.Session(unpaid.SessionId);
        claim["status"] = "complete";
        claim["payment_status"] = "paid";
        (await StripeEvents.DeliverAsync(Stripe, StripeEvents.Event("checkout.session.completed", claim))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CardFlow.PaymentAsync(app, "bat-trang", unpaid.PaymentId)).Status.ShouldBe(PaymentStatus.Pending);
        (await CardFlow.OrderAsync(app, unpaid.Order)).PaidMinor.ShouldBe(0);
    }

    [Fact]
    public async Task An_expired_checkout_cancels_its_pending_payment_and_counts_nothing()
    {
        var open = await CardFlow.OpenAsync(app);
        var expired = StripeStub.Shared.ExpireCheckout(open.SessionId);

        (await StripeEvents.DeliverAsync(Stripe, StripeEvents.Event("checkout.session.expired", expired))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await CardFlow.PaymentAsync(app, "bat-trang", open.PaymentId)).Status.ShouldBe(PaymentStatus.Cancelled);
        var order = await CardFlow.OrderAsync(app, open.Order);
        order.PaidMinor.ShouldBe(0);
        order.State.ShouldBe(OrderState.AwaitingDeposit);
    }

    [Fact]
    public async Task Unknown_event_types_are_acknowledged_and_ignored()
    {
        var before = StripeStub.Shared.Requests.Count;
        var payload = StripeEvents.Event("customer.created", new System.Text.Json.Nodes.JsonObject { ["id"] = "cus_NffrFeUfNV2Hib", ["object"] = "customer" });
        var eventId = System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("id").GetString()!;

        (await StripeEvents.DeliverAsync(Stripe, payload)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await CardFlow.InInboxAsync(app, eventId)).ShouldBeFalse();
        StripeStub.Shared.Requests.Skip(before).ShouldNotContain(r => r.Path.Contains("cus_NffrFeUfNV2Hib", StringComparison.Ordinal));
    }
}
