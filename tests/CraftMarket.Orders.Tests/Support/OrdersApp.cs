using CraftMarket.Orders.Data;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Support;

/// <summary>
/// The real site with the demo villages (<see cref="TradeSite"/>: staff, buyers, households signing in
/// by texted code, <c>Texts</c> holding every SMS), with this module's database at hand. One started
/// site per run: see <see cref="OrdersCollection"/>.
/// </summary>
public abstract class OrdersSite(string? postgres) : TradeSite(postgres, new Dictionary<string, string?>
{
    // Card payments against the local Stripe stub (started before the site: its port is in the API base).
    ["CraftMarket:Stripe:SecretKey"] = CraftMarket.Testing.Stripe.StripeStub.SecretKey,
    ["CraftMarket:Stripe:WebhookSecret"] = CraftMarket.Testing.Stripe.StripeStub.WebhookSecret,
    ["CraftMarket:Stripe:ApiBase"] = CraftMarket.Testing.Stripe.StripeStub.Shared.ApiBase,
    // Some tests pay "by card" without a Stripe checkout behind it; the refund that cancelling such an order
    // asks Stripe for can never be sent. Parked as dead after three tries (seconds, not the production
    // schedule's minutes), it no longer holds up the tests that wait for every outbox to drain.
    ["CraftMarket:Outbox:MaxAttempts"] = "3",
})
{
    internal static OrdersDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<OrdersDb>();
}

/// <summary>The embedded default (SQLite). A suite that also needs PostgreSQL takes <see cref="OrdersSite"/> and has two sealed subclasses, one per collection.</summary>
public sealed class OrdersApp() : OrdersSite(null);

/// <summary>One site for every SQLite test class of this project: starting one costs seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class OrdersCollection : ICollectionFixture<OrdersApp>
{
    public const string Name = "orders";
}

/// <summary>The PostgreSQL twin, one site for the suites that exercise the data layer.</summary>
public sealed class PostgresOrdersApp() : OrdersSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class PostgresOrdersCollection : ICollectionFixture<PostgresOrdersApp>
{
    public const string Name = "orders-postgres";
}
