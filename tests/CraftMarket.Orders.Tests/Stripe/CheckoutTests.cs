using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Stripe;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

using CraftMarket.Testing.Stripe;

namespace CraftMarket.Orders.Tests.Stripe;

/// <summary>POST /api/orders/{id}/checkout against the Stripe stub: what Stripe is asked for, and who may ask.</summary>
[Collection(OrdersCollection.Name)]
public sealed class CheckoutTests(OrdersApp app)
{
    [Fact]
    public async Task With_Stripe_configured_card_payment_is_offered()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var cards = scope.ServiceProvider.GetRequiredService<ICardPayments>();
        cards.IsAvailable.ShouldBeTrue();
        cards.ShouldBeOfType<StripeCardPayments>();
    }

    [Fact]
    public async Task The_deposit_checkout_asks_Stripe_for_the_deposit_in_the_order_currency_with_the_payment_as_idempotency_key_and_metadata()
    {
        var open = await CardFlow.OpenAsync(app);
        var order = await CardFlow.OrderAsync(app, open.Order);
        var sent = StripeStub.Shared.RequestsTo("POST", "/v1/checkout/sessions", "client_reference_id", open.PaymentId.ToString()).ShouldHaveSingleItem();

        sent.Header("Idempotency-Key").ShouldBe("checkout-" + open.PaymentId);
        sent.Header("Authorization").ShouldBe("Bearer " + StripeStub.SecretKey);
        sent.Field("mode").ShouldBe("payment");
        sent.Field("line_items[0][quantity]").ShouldBe("1");
        sent.Field("line_items[0][price_data][currency]").ShouldBe("usd");
        sent.Field("line_items[0][price_data][unit_amount]").ShouldBe(open.Order.DepositMinor.ToString(System.Globalization.CultureInfo.InvariantCulture));
        open.Order.DepositMinor.ShouldBe(order.DepositDue.MinorUnits);
        sent.Field("line_items[0][price_data][product_data][name]").ShouldBe($"Deposit for order {open.Order.Number}");
        sent.Field("customer_email").ShouldBe(TradeBuyers.Homeware);
        foreach (var prefix in new[] { "metadata", "payment_intent_data[metadata]" })
        {
            sent.Field($"{prefix}[tenant_id]").ShouldBe(app.TenantIdOf("bat-trang").Value.ToString());
            sent.Field($"{prefix}[order_id]").ShouldBe(open.Order.Id.ToString());
            sent.Field($"{prefix}[payment_id]").ShouldBe(open.PaymentId.ToString());
            sent.Field($"{prefix}[purpose]").ShouldBe("Deposit");
        }
        sent.Field("success_url").ShouldEndWith($"/account/orders/{open.Order.Id}/card-return?payment={open.PaymentId}");
        sent.Field("cancel_url").ShouldBe(sent.Field("success_url"));

        var payment = await CardFlow.PaymentAsync(app, "bat-trang", open.PaymentId);
        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.Method.ShouldBe(PaymentMethod.Card);
        payment.Amount.ShouldBe(order.DepositDue);
        payment.StripeCheckoutSessionId.ShouldStartWith("cs_test_");
        payment.CheckoutUrl.ShouldBe(open.Url);
        open.Url.ShouldStartWith("https://checkout.stripe.com/c/pay/" + payment.StripeCheckoutSessionId);
        order.PaidMinor.ShouldBe(0);   // nothing is counted before Stripe's webhook
    }

    [Fact]
    public async Task A_zero_decimal_currency_is_sent_in_whole_units()
    {
        var open = await CardFlow.OpenAsync(app, currency: "JPY", unitPriceMinor: 1_250);
        var sent = StripeStub.Shared.RequestsTo("POST", "/v1/checkout/sessions", "client_reference_id", open.PaymentId.ToString()).ShouldHaveSingleItem();
        sent.Field("line_items[0][price_data][currency]").ShouldBe("jpy");
        // 200 pieces at ¥1,250 = ¥250,000; 30% = ¥75,000, sent as 75000 (yen have no minor unit, in Stripe as here)
        sent.Field("line_items[0][price_data][unit_amount]").ShouldBe("75000");
    }

    [Fact]
    public async Task Asking_again_answers_the_checkout_already_open_and_Stripe_is_asked_once()
    {
        var open = await CardFlow.OpenAsync(app);
        var again = await open.Buyer.PostAsJsonAsync($"/api/orders/{open.Order.Id}/checkout", new { purpose = "Deposit" });
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("paymentId").GetGuid().ShouldBe(open.PaymentId);
        body.GetProperty("url").GetString().ShouldBe(open.Url);
        StripeStub.Shared.RequestsTo("POST", "/v1/checkout/sessions", "metadata[order_id]", open.Order.Id.ToString()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Another_buyers_order_is_not_found_and_Stripe_is_not_asked()
    {
        var owner = await app.Buyer("bat-trang");
        var order = await OrderGiven.PlacedAsync(app, "bat-trang", await TradeSite.UserIdOf(owner), households: 1);
        var other = await app.Buyer("bat-trang", TradeBuyers.Decor);

        var response = await other.PostAsJsonAsync($"/api/orders/{order.Id}/checkout", new { purpose = "Deposit" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        StripeStub.Shared.RequestsTo("POST", "/v1/checkout/sessions", "metadata[order_id]", order.Id.ToString()).ShouldBeEmpty();
        (await (await app.ExportDesk("bat-trang")).PostAsJsonAsync($"/api/orders/{order.Id}/checkout", new { purpose = "Deposit" }))
            .StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Nothing_due_is_a_conflict_and_a_missing_purpose_is_invalid()
    {
        var buyer = await app.Buyer("bat-trang");
        var order = await OrderGiven.PlacedAsync(app, "bat-trang", await TradeSite.UserIdOf(buyer), households: 1, state: OrderState.InProduction);

        var deposit = await buyer.PostAsJsonAsync($"/api/orders/{order.Id}/checkout", new { purpose = "Deposit" });
        deposit.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await deposit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("payments.nothing-due");

        (await buyer.PostAsJsonAsync($"/api/orders/{order.Id}/checkout", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        StripeStub.Shared.RequestsTo("POST", "/v1/checkout/sessions", "metadata[order_id]", order.Id.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Every_platform_currency_has_the_same_unit_in_Stripe()
    {
        foreach (var currency in CraftMarket.SharedKernel.Monetary.Currency.All)
            StripeAmounts.Agrees(currency).ShouldBeTrue(currency.Code);
        StripeAmounts.ZeroDecimal.ShouldContain("VND");
        StripeAmounts.ZeroDecimal.ShouldContain("JPY");
        StripeAmounts.ZeroDecimal.ShouldContain("KRW");
        StripeAmounts.ZeroDecimal.ShouldNotContain("USD");
    }
}
