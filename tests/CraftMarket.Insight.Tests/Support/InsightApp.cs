using CraftMarket.Insight.Data;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Tests.Support;

/// <summary>
/// The real site with the demo villages (<see cref="TradeSite"/>: staff, buyers, households signing in
/// by texted code, <c>Texts</c> holding every SMS), with this module's database at hand. One started
/// site per run: see <see cref="InsightCollection"/>.
/// </summary>
public abstract class InsightSite(string? postgres, IDictionary<string, string?>? extra = null) : TradeSite(postgres, WithDefaults(extra))
{
    private static Dictionary<string, string?> WithDefaults(IDictionary<string, string?>? extra)
    {
        // Test messages that can never be delivered are parked after three tries (seconds), so the
        // tests that wait for every outbox to drain are not held up by the production schedule.
        // Generated demo history (years of facts for every village) is off: the tests make the facts
        // they count, in periods of their own; a test that needs demo rows writes them (IsDemo = true).
        var all = new Dictionary<string, string?>
        {
            ["CraftMarket:Outbox:MaxAttempts"] = "3",
            ["CraftMarket:Insight:DemoHistory"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    internal static InsightDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<InsightDb>();
}

/// <summary>The embedded default (SQLite). A suite that also needs PostgreSQL takes <see cref="InsightSite"/> and has two sealed subclasses, one per collection.</summary>
public sealed class InsightApp() : InsightSite(null);

/// <summary>One site for every SQLite test class of this project: starting one costs seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class InsightCollection : ICollectionFixture<InsightApp>
{
    public const string Name = "insight";
}

/// <summary>The PostgreSQL twin, one site for the suites that exercise the data layer.</summary>
public sealed class PostgresInsightApp() : InsightSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class PostgresInsightCollection : ICollectionFixture<PostgresInsightApp>
{
    public const string Name = "insight-postgres";
}
