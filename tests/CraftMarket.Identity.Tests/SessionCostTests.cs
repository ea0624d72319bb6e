using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.Sessions;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// What a session costs a signed-in request (one query by key, a write at most once a minute), and
/// that rows nobody can use any more are cleaned up.
/// </summary>
public sealed class SessionCostTests(SessionCostTests.App app) : IClassFixture<SessionCostTests.App>
{
    public sealed class App() : IdentityApp()
    {
        public CommandLog Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(Commands)
                .AddFilter<CommandLog>("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information));
        }
    }

    [Fact]
    public async Task A_signed_in_page_request_costs_one_query_for_its_session_and_account()
    {
        var email = Api.UniqueEmail("cost");
        await app.CreateUserAsync(email, null);
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.WaitForOutboxesAsync();

        app.Commands.Clear();
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var identity = app.Commands.Texts.Where(t => t.Contains("identity_users", StringComparison.Ordinal)
            || t.Contains("identity_account_sessions", StringComparison.Ordinal)).ToList();
        identity.Count.ShouldBe(1, string.Join("\n---\n", identity));
        identity[0].ShouldContain("identity_account_sessions");
    }

    /// <summary>ADR 52: a buyer reading a kept storefront page pays no session query; their own pages still do.</summary>
    [Fact]
    public async Task A_buyer_reading_a_storefront_page_costs_no_session_query_but_their_account_page_does()
    {
        var email = Api.UniqueEmail("kept");
        var user = await app.CreateUserAsync(email, null);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            (await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, "buyer")).Succeeded.ShouldBeTrue();
        }
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email);
        (await browser.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.WaitForOutboxesAsync();

        app.Commands.Clear();
        (await browser.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Commands.Texts.ShouldNotContain(t => t.Contains("identity_account_sessions", StringComparison.Ordinal));

        app.Commands.Clear();
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Commands.Texts.ShouldContain(t => t.Contains("identity_account_sessions", StringComparison.Ordinal));
    }

    /// <summary>After the session ends, the storefront still answers (the anonymous page), but nothing personal does.</summary>
    [Fact]
    public async Task A_buyer_whose_session_ended_gets_the_public_page_and_nothing_personal()
    {
        var email = Api.UniqueEmail("ended");
        var user = await app.CreateUserAsync(email, null);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            (await users.AddToRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, "buyer")).Succeeded.ShouldBeTrue();
        }
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email);
        (await browser.GetStringAsync("/personal")).ShouldContain(email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            (await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id.ToString()))!)).Succeeded.ShouldBeTrue();
        }

        var page = await browser.GetAsync("/products");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldNotContain(email);
        (await browser.GetStringAsync("/personal")).ShouldNotContain(email);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "an ended session opens no account page");
    }

    /// <summary>The same read by someone holding a role in the village (here a producer's member claim) is checked as before.</summary>
    [Fact]
    public async Task Staff_reading_a_storefront_page_still_pass_the_session_check()
    {
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        (await browser.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Commands.Clear();
        (await browser.GetAsync("/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Commands.Texts.ShouldContain(t => t.Contains("identity_account_sessions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_api_request_with_a_token_costs_one_query_for_its_session_and_account()
    {
        var email = Api.UniqueEmail("cost");
        await app.CreateUserAsync(email, null);
        var api = app.ClientFor("bat-trang").Bearer(await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword }));
        await app.WaitForOutboxesAsync();

        app.Commands.Clear();
        (await api.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // One query checks the session (joined to its account); /me then reads the account for its
        // own answer (name, company and language as they are now), and nothing else touches Identity.
        app.Commands.Texts.Count(t => t.Contains("identity_account_sessions", StringComparison.Ordinal)).ShouldBe(1);
        app.Commands.Texts.Count(t => t.Contains("identity_users", StringComparison.Ordinal)
            || t.Contains("identity_account_sessions", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_once_a_minute_and_an_expired_session_is_refused()
    {
        var (principal, sessionId) = await AppSessionAsync();
        var created = await RowAsync(sessionId);

        (await GateAt(created.CreatedAt.AddSeconds(40)).IsCurrentAsync(principal, Request(), CancellationToken.None)).ShouldBeTrue();
        (await RowAsync(sessionId)).LastSeenAt.ShouldBe(created.LastSeenAt, "no write within the minute");

        var later = created.CreatedAt.AddMinutes(3);
        (await GateAt(later).IsCurrentAsync(principal, Request(), CancellationToken.None)).ShouldBeTrue();
        var touched = await RowAsync(sessionId);
        touched.LastSeenAt.ShouldBe(later);
        touched.ExpiresAt.ShouldBeGreaterThan(created.ExpiresAt, "an active session slides on");

        (await GateAt(touched.ExpiresAt.AddSeconds(1)).IsCurrentAsync(principal, Request(), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_cleanup_removes_expired_sessions_and_those_a_stamp_change_ended()
    {
        var (_, live) = await AppSessionAsync();
        var (_, outdated) = await AppSessionAsync();
        var (_, expired) = await AppSessionAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
            var owner = await db.Sessions.Where(s => s.Id == outdated).Select(s => s.UserId).SingleAsync();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(owner.ToString()))!);
            var past = DateTimeOffset.UtcNow.AddDays(-1);
            await db.Sessions.Where(s => s.Id == expired).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAt, past));
        }

        var cleanup = new SessionCleanup(app.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<SessionCleanup>.Instance);
        (await cleanup.SweepAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(2);

        var left = await QueryAsync(db => db.Sessions.Where(s => s.Id == live || s.Id == outdated || s.Id == expired).Select(s => s.Id).ToListAsync());
        left.ShouldBe([live]);
    }

    private async Task<(ClaimsPrincipal, Guid)> AppSessionAsync()
    {
        var email = Api.UniqueEmail("sweep");
        await app.CreateUserAsync(email, null);
        var token = await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword });
        var bearer = app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var principal = bearer.BearerTokenProtector.Unprotect(token.AccessToken)!.Principal;
        return (principal, SessionClaims.IdOf(principal)!.Value);
    }

    private SessionGate GateAt(DateTimeOffset now)
    {
        var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        return new SessionGate(services.GetRequiredService<IdentityDb>(), new FakeTimeProvider(now), services.GetRequiredService<SessionLifetimes>(),
            services.GetRequiredService<IOptions<IdentityOptions>>());
    }

    private static DefaultHttpContext Request() => new() { Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.7") } };

    private Task<AccountSession> RowAsync(Guid id) => QueryAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

    private async Task<T> QueryAsync<T>(Func<IdentityDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDb>());
    }
}

/// <summary>Collects the SQL that EF Core logs as it runs commands, for one test app only.</summary>
public sealed class CommandLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> texts = new();

    public IReadOnlyList<string> Texts => [.. texts];

    public void Clear() => texts.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CommandLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category == "Microsoft.EntityFrameworkCore.Database.Command";

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // RelationalEventId.CommandExecuted: one entry per command that reached the database.
            if (eventId.Id == 20101) log.texts.Enqueue(formatter(state, exception));
        }
    }
}
