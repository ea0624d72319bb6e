using CraftMarket.Integrations.Data;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Integrations.Tests.Support;

/// <summary>
/// The real site with the demo villages (<see cref="TradeSite"/>: staff, buyers, households signing in
/// by texted code, <c>Texts</c> holding every SMS), with this module's database at hand. One started
/// site per run: see <see cref="IntegrationsCollection"/>.
/// </summary>
public abstract class IntegrationsSite(string? postgres, IDictionary<string, string?>? extra = null) : TradeSite(postgres, WithDefaults(extra))
{
    private static Dictionary<string, string?> WithDefaults(IDictionary<string, string?>? extra)
    {
        // Test messages that can never be delivered are parked after three tries (seconds), so the
        // tests that wait for every outbox to drain are not held up by the production schedule.
        var all = new Dictionary<string, string?>
        {
            ["CraftMarket:Outbox:MaxAttempts"] = "3",
            // The local receiver (Webhooks/WebhookReceiver.cs) is plain HTTP on 127.0.0.2: the one address
            // exempt from the HTTPS and public-address rules, in tests only. 127.0.0.1, localhost, 10.x... stay refused.
            ["CraftMarket:Webhooks:TestReceiverAddresses:0"] = "127.0.0.2",
            // Four attempts, a fraction of a second apart, instead of ~18 hours; switched off after 4 failures in a row.
            ["CraftMarket:Webhooks:RetrySchedule:0"] = "00:00:00",
            ["CraftMarket:Webhooks:RetrySchedule:1"] = "00:00:00.300",
            ["CraftMarket:Webhooks:RetrySchedule:2"] = "00:00:00.300",
            ["CraftMarket:Webhooks:RetrySchedule:3"] = "00:00:00.300",
            ["CraftMarket:Webhooks:DisableAfterFailures"] = "4",
            ["CraftMarket:Webhooks:PollInterval"] = "00:00:00.100",
            ["CraftMarket:Webhooks:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    internal static IntegrationsDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IntegrationsDb>();
}

/// <summary>The embedded default (SQLite). A suite that also needs PostgreSQL takes <see cref="IntegrationsSite"/> and has two sealed subclasses, one per collection.</summary>
public sealed class IntegrationsApp() : IntegrationsSite(null);

/// <summary>One site for every SQLite test class of this project: starting one costs seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class IntegrationsCollection : ICollectionFixture<IntegrationsApp>
{
    public const string Name = "integrations";
}

/// <summary>The PostgreSQL twin, one site for the suites that exercise the data layer.</summary>
public sealed class PostgresIntegrationsApp() : IntegrationsSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class PostgresIntegrationsCollection : ICollectionFixture<PostgresIntegrationsApp>
{
    public const string Name = "integrations-postgres";
}
