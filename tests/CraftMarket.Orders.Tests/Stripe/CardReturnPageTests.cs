using System.Net;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Shouldly;

using CraftMarket.Testing.Stripe;

namespace CraftMarket.Orders.Tests.Stripe;

/// <summary>/account/orders/{id}/card-return, where Stripe sends the buyer back: it tells, in the buyer's language, and never counts money itself.</summary>
[Collection(OrdersCollection.Name)]
public sealed class CardReturnPageTests(OrdersApp app)
{
    [Fact]
    public async Task Back_from_Stripe_before_the_webhook_the_payment_is_processing_and_nothing_is_counted_then_it_reads_received()
    {
        var open = await CardFlow.OpenAsync(app, "van-phuc");
        var browser = await app.ClientFor("van-phuc").SignedInWithCookie(TradeBuyers.Homeware);
        var url = $"/account/orders/{open.Order.Id}/card-return?payment={open.PaymentId}";
        StripeStub.Shared.PayCheckout(open.SessionId);   // paid at Stripe, webhook not yet delivered

        var processing = await Html(browser, "/fr" + url);
        processing.ShouldContain("Paiement en cours de traitement");
        processing.ShouldContain(open.Order.Number);
        (await CardFlow.OrderAsync(app, open.Order)).PaidMinor.ShouldBe(0);

        (await StripeEvents.DeliverAsync(app.ClientFor(null), StripeEvents.Event("checkout.session.completed", StripeStub.Shared.Session(open.SessionId))))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html(browser, "/fr" + url)).ShouldContain("Paiement reçu");
        (await Html(browser, "/en" + url)).ShouldContain("Payment received");
    }

    [Fact]
    public async Task Another_buyer_or_another_orders_payment_is_not_found()
    {
        var open = await CardFlow.OpenAsync(app);
        var other = await CardFlow.OpenAsync(app);
        var owner = await app.ClientFor("bat-trang").SignedInWithCookie(TradeBuyers.Homeware);
        var stranger = await app.ClientFor("bat-trang").SignedInWithCookie(TradeBuyers.Decor);

        (await stranger.GetAsync($"/account/orders/{open.Order.Id}/card-return?payment={open.PaymentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/account/orders/{open.Order.Id}/card-return?payment={other.PaymentId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/account/orders/{open.Order.Id}/card-return?payment={open.PaymentId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> Html(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
