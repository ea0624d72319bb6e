using System.Globalization;
using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

using CraftMarket.Testing.Stripe;

namespace CraftMarket.Orders.Tests.Stripe;

/// <summary>A card refund asked for by the domain goes to Stripe once (idempotency key = refund id) and is counted back when Stripe confirms it.</summary>
[Collection(OrdersCollection.Name)]
public sealed class RefundTests(OrdersApp app)
{
    [Fact]
    public async Task A_requested_card_refund_reaches_Stripe_once_and_charge_refunded_counts_it_back_once()
    {
        var open = await CardFlow.OpenAsync(app);
        var (session, intent) = StripeStub.Shared.PayCheckout(open.SessionId);
        (await StripeEvents.DeliverAsync(app.ClientFor(null), StripeEvents.Event("checkout.session.completed", session))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var refundAmount = open.Order.DepositMinor / 2;

        RefundId refundId;
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(open.Order.Id));
            var payment = await db.Payments.SingleAsync(p => p.Id == new PaymentId(open.PaymentId));
            var refund = db.Request(order, payment, new Money(refundAmount, Currency.USD), "Order cancelled (test)", scope.ServiceProvider.GetRequiredService<TimeProvider>());
            refundId = refund.Id;
            await db.SaveChangesAsync();
        }

        var sent = await StripeStub.Shared.WaitForAsync(r => r.Path == "/v1/refunds" && r.Method == "POST" && r.Field("metadata[refund_id]") == refundId.ToString());
        sent.Header("Idempotency-Key").ShouldBe("refund-" + refundId);
        sent.Field("payment_intent").ShouldBe(intent["id"]!.GetValue<string>());
        sent.Field("amount").ShouldBe(refundAmount.ToString(CultureInfo.InvariantCulture));
        sent.Field("metadata[payment_id]").ShouldBe(open.PaymentId.ToString());
        sent.Field("metadata[tenant_id]").ShouldBe(app.TenantIdOf("bat-trang").Value.ToString());
        var stripeRefundId = await StoredStripeRefundIdAsync(refundId);
        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(open.Order.DepositMinor);   // pending at Stripe: not counted back yet

        var (stripeRefund, charge) = StripeStub.Shared.SucceedRefund(stripeRefundId);
        (await StripeEvents.DeliverAsync(app.ClientFor(null), StripeEvents.Event("charge.refunded", charge))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StripeEvents.DeliverAsync(app.ClientFor(null), StripeEvents.Event("refund.updated", stripeRefund))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(open.Order.DepositMinor - refundAmount);
        (await CardFlow.PostingsAsync(app, "bat-trang", $"refund:{refundId}")).ShouldBe(1);
        await using (var scope = app.ScopeFor("bat-trang"))
            (await OrdersSite.Db(scope).Refunds.AsNoTracking().SingleAsync(r => r.Id == refundId)).Completed.ShouldBeTrue();
        await app.WaitForOutboxesAsync();
        StripeStub.Shared.RequestsTo("POST", "/v1/refunds", "metadata[refund_id]", refundId.ToString()).Count.ShouldBe(1);
    }

    private async Task<string> StoredStripeRefundIdAsync(RefundId id)
    {
        for (var i = 0; i < 600; i++)
        {
            await using (var scope = app.ScopeFor("bat-trang"))
                if (await OrdersSite.Db(scope).Refunds.AsNoTracking().Where(r => r.Id == id).Select(r => r.StripeRefundId).SingleAsync() is { } stored)
                    return stored;
            await Task.Delay(50);
        }
        throw new ShouldAssertException("The refund's Stripe id was never stored.");
    }
}
