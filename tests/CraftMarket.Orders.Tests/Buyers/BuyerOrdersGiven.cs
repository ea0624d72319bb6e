using System.Globalization;
using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.Buyers;

/// <summary>What the buyer tests do to an order behind the pages, as the other parts would: a payment received, a move, a language.</summary>
internal static class BuyerOrdersGiven
{
    /// <summary>A bank receipt of <paramref name="minor"/> in the order's currency, recorded the one way every payment is.</summary>
    public static async Task PaidAsync(OrdersSite app, GivenOrder given, long minor, PaymentPurpose purpose = PaymentPurpose.Deposit)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
        var payment = new Payment(order.TenantId, order.Id, PaymentMethod.BankTransfer, purpose, new Money(minor, order.Currency), DateTimeOffset.UtcNow)
        {
            Reference = "TT-" + given.Number,
        };
        db.Payments.Add(payment);
        await db.SucceededAsync(order, payment, "Export desk", TimeProvider.System, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>Moves the order through <paramref name="states"/> with the state machine (each move raises <see cref="OrderChanged"/>).</summary>
    public static async Task MovedAsync(OrdersSite app, GivenOrder given, params OrderState[] states)
    {
        foreach (var state in states)
        {
            await using var scope = app.ScopeFor(given.Slug);
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
            db.MoveTo(order, state, "Export desk", "", TimeProvider.System).IsSuccess.ShouldBeTrue($"{order.State} → {state}");
            await db.SaveChangesAsync();
        }
    }

    public static async Task LanguageAsync(OrdersSite app, GivenOrder given, string language)
    {
        await using var scope = app.ScopeFor(given.Slug);
        var db = OrdersSite.Db(scope);
        var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
        order.Language = language;
        await db.SaveChangesAsync();
    }

    /// <summary>"1,008.00" for 100 800 cents: the amount as the English and Japanese pages write it, whatever the symbol.</summary>
    public static string Amount(long minor) => (minor / 100m).ToString("N2", CultureInfo.InvariantCulture);

    public static string Marker(string what) => $"{what}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The page as text (Razor encodes non-ASCII letters and quotes as entities).</summary>
    public static async Task<string> Html(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
