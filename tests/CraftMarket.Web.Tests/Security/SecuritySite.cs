using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// One seeded site shared by the whole security suite (one start for all its classes, which keeps
/// the run short on a small CI machine). Sign-in limits are raised because the suite signs in as
/// every role; the limits themselves are tested by Identity's own tests. It also keeps the
/// antiforgery filter's "token validation failed" log lines, so a test can tell a request refused
/// by antiforgery from one that answered 400 for another reason.
/// </summary>
public sealed class SecuritySite() : CraftMarketApp(seedDemo: true, extra: new Dictionary<string, string?>
{
    ["CraftMarket:Identity:SignInPerMinute"] = "1000",
    ["CraftMarket:Identity:PhoneCodePerMinute"] = "1000",
    // The webhook canary's address: the one receiver address the webhook rules let tests register.
    ["CraftMarket:Webhooks:TestReceiverAddresses:0"] = "127.0.0.2",
})
{
    public const string Village = "bat-trang", Other = "van-phuc";
    public const string BatTrangProducer = "0904 118 273", VanPhucProducer = "0913 442 118";

    private readonly AntiforgeryLog antiforgery = new();

    /// <summary>How many requests the antiforgery filter has refused so far.</summary>
    public int AntiforgeryRefusals => antiforgery.Count;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(antiforgery);
            // A rule for this provider alone: the site's own levels (Microsoft.AspNetCore at Warning) stay as they are.
            logging.AddFilter<AntiforgeryLog>(null, LogLevel.Information);
        });
    }

    /// <summary>Every role the site knows, each signed in with a browser cookie on the host where it works.</summary>
    public async Task<IReadOnlyList<Caller>> BrowsersAsync()
    {
        var callers = new List<Caller> { new("anonymous", ClientFor(Village), Village), new("anonymous on the platform host", ClientFor(null), null) };
        foreach (var (who, login, slug) in Accounts)
        {
            var client = ClientFor(slug);
            await client.SignedInWithCookie(login);
            callers.Add(new(who, client, slug));
        }
        return callers;
    }

    /// <summary>The roles, weakest first, so the first one a page admits is the least privileged that reaches it.</summary>
    public static readonly IReadOnlyList<(string Who, string Login, string? Slug)> Accounts =
    [
        ("buyer", "buyer@decor.example", Village),
        ("producer", BatTrangProducer, Village),
        ("inspector", $"inspector@{Village}.craftmarket.local", Village),
        ("export desk", $"export@{Village}.craftmarket.local", Village),
        ("association admin", Auth.AssociationAdmin(Village), Village),
        ("platform admin", Auth.PlatformAdmin, null),
    ];

    /// <summary>A bearer token from the public sign-in API, for an e-mail or a producer's phone.</summary>
    public async Task<string> TokenAsync(string login, string? slug)
    {
        using var client = ClientFor(slug);
        object body = login.Contains('@', StringComparison.Ordinal)
            ? new { email = login, password = Auth.DemoPassword }
            : new { phone = login, password = Auth.DemoPassword };
        var response = await client.PostAsJsonAsync("/api/auth/login", body);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    private sealed class AntiforgeryLog : ILoggerProvider
    {
        private int count;
        public int Count => Volatile.Read(ref count);
        private readonly ConcurrentDictionary<string, ILogger> loggers = new();

        public ILogger CreateLogger(string categoryName) =>
            loggers.GetOrAdd(categoryName, c => c.Contains("Antiforgery", StringComparison.Ordinal) ? new Counter(this) : NullLogger.Instance);

        public void Dispose() { }

        private sealed class Counter(AntiforgeryLog owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // "Antiforgery token validation failed. ..." (MVC's AntiforgeryTokenInvalid event).
                if (formatter(state, exception).StartsWith("Antiforgery token validation failed", StringComparison.Ordinal))
                    Interlocked.Increment(ref owner.count);
            }
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => false;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) { }
    }
}

/// <summary>Someone using the site: who they are, their client (cookie or token), the association host they use (null: platform).</summary>
public sealed record Caller(string Who, HttpClient Client, string? Slug);

[CollectionDefinition(Name)]
public sealed class SecuritySuite : ICollectionFixture<SecuritySite>
{
    public const string Name = "security suite";
}
