using System.Collections.Concurrent;
using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Data;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Tests.Support;

/// <summary>
/// The real site with the demo villages (<see cref="TradeSite"/>: staff, buyers, households signing in
/// by texted code, <c>Texts</c> holding every SMS), with this module's database at hand. One started
/// site per run: see <see cref="NotificationsCollection"/>.
/// </summary>
public abstract class NotificationsSite(string? postgres, IDictionary<string, string?>? extra = null) : TradeSite(postgres, WithDefaults(extra))
{
    private static Dictionary<string, string?> WithDefaults(IDictionary<string, string?>? extra)
    {
        // Test messages that can never be delivered are parked after three tries (seconds), so the
        // tests that wait for every outbox to drain are not held up by the production schedule.
        var all = new Dictionary<string, string?> { ["CraftMarket:Outbox:MaxAttempts"] = "3" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    internal static NotificationsDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<NotificationsDb>();

    /// <summary>Phones whose texts the gateway refuses (with the error it gives), for the retry and failure tests; every other text reaches <c>Texts</c>.</summary>
    public FailingGateway Gateway => gateway ??= new FailingGateway(Texts);
    private FailingGateway? gateway;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISmsSender>(Gateway));
    }
}

/// <summary>The SMS gateway as the tests see it: refuses the phones it is told to, passes the rest on.</summary>
public sealed class FailingGateway(ISmsSender phones) : ISmsSender
{
    private readonly ConcurrentDictionary<string, string> failing = new();

    public void FailFor(string phoneE164, string error) => failing[phoneE164] = error;

    public Task SendAsync(string phoneE164, string text, CancellationToken ct) =>
        failing.TryGetValue(phoneE164, out var error) ? throw new HttpRequestException(error) : phones.SendAsync(phoneE164, text, ct);
}

/// <summary>The embedded default (SQLite). A suite that also needs PostgreSQL takes <see cref="NotificationsSite"/> and has two sealed subclasses, one per collection.</summary>
public sealed class NotificationsApp() : NotificationsSite(null);

/// <summary>One site for every SQLite test class of this project: starting one costs seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsApp>
{
    public const string Name = "notifications";
}

/// <summary>The PostgreSQL twin, one site for the suites that exercise the data layer.</summary>
public sealed class PostgresNotificationsApp() : NotificationsSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class PostgresNotificationsCollection : ICollectionFixture<PostgresNotificationsApp>
{
    public const string Name = "notifications-postgres";
}
