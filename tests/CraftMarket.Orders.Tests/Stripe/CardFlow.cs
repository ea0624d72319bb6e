using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Shouldly;

using CraftMarket.Testing.Stripe;

namespace CraftMarket.Orders.Tests.Stripe;

/// <summary>A buyer's order with a card checkout opened through the real endpoint: what the Stripe tests start from.</summary>
internal sealed record OpenCheckout(GivenOrder Order, HttpClient Buyer, Guid PaymentId, string Url, string SessionId);

internal static class CardFlow
{
    public static async Task<OpenCheckout> OpenAsync(OrdersApp app, string slug = "bat-trang", string currency = "USD", long unitPriceMinor = 840,
        PaymentPurpose purpose = PaymentPurpose.Deposit, OrderState state = OrderState.AwaitingDeposit)
    {
        var buyer = await app.Buyer(slug);
        var order = await OrderGiven.PlacedAsync(app, slug, await TradeSite.UserIdOf(buyer), households: 1, currency: currency,
            unitPriceMinor: unitPriceMinor, state: state);
        var response = await buyer.PostAsJsonAsync($"/api/orders/{order.Id}/checkout", new { purpose = purpose.ToString() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var paymentId = body.GetProperty("paymentId").GetGuid();
        var payment = await PaymentAsync(app, slug, paymentId);
        return new OpenCheckout(order, buyer, paymentId, body.GetProperty("url").GetString()!, payment.StripeCheckoutSessionId!);
    }

    public static async Task<Payment> PaymentAsync(OrdersApp app, string slug, Guid paymentId)
    {
        await using var scope = app.ScopeFor(slug);
        return await OrdersSite.Db(scope).Payments.AsNoTracking().SingleAsync(p => p.Id == new PaymentId(paymentId));
    }

    public static async Task<Order> OrderAsync(OrdersApp app, GivenOrder order) => await OrderGiven.ReadAsync(app, order);

    /// <summary>Ledger postings caused by this source ("payment:{id}", "refund:{id}").</summary>
    public static async Task<int> PostingsAsync(OrdersApp app, string slug, string sourceKey)
    {
        await using var scope = app.ScopeFor(slug);
        return await OrdersSite.Db(scope).Transactions.AsNoTracking().CountAsync(t => t.SourceKey == sourceKey);
    }

    public static async Task<bool> InInboxAsync(OrdersApp app, string eventId)
    {
        await using var scope = app.ScopeFor("bat-trang");
        return await OrdersSite.Db(scope).Inbox.AsNoTracking().AnyAsync(m => m.Source == "stripe" && m.ExternalId == eventId);
    }

    public static async Task<int> PaymentLinesOnTimelineAsync(OrdersApp app, GivenOrder order)
    {
        await using var scope = app.ScopeFor(order.Slug);
        return await OrdersSite.Db(scope).Timeline.AsNoTracking().CountAsync(t => t.OrderId == new OrderId(order.Id) && t.Kind == "payment");
    }
}
