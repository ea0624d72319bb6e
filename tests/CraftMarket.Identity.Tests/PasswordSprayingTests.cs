using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// An attacker's password spraying, against the production limits (10 sign-ins a minute per address,
/// 5 free guesses per account) behind a reverse proxy the site trusts (10.0.0.2): forged client
/// addresses do not reset the per-address budget, and real ones do not reset the per-account one.
/// </summary>
public sealed class PasswordSprayingTests(PasswordSprayingTests.App app) : IClassFixture<PasswordSprayingTests.App>
{
    public const string Proxy = "10.0.0.2";

    public sealed class App() : CraftMarketApp(seedDemo: false, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:BehindProxy"] = "true",
        ["CraftMarket:TrustedProxies:0"] = Proxy,
    });

    private async Task<List<string>> CreateAccountsAsync(int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
        var emails = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var email = Api.UniqueEmail($"sprayed{i}");
            (await users.CreateAsync(new CraftMarketUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email }, Auth.DemoPassword))
                .Succeeded.ShouldBeTrue();
            emails.Add(email);
        }
        return emails;
    }

    [Fact]
    public async Task Fifty_accounts_from_fifty_forged_addresses_are_throttled_by_the_real_address()
    {
        var accounts = await CreateAccountsAsync(50);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < accounts.Count; i++)
        {
            // Straight to the site from 203.0.113.66, claiming to be a different client each time.
            var client = app.ClientFor(null).From("203.0.113.66").Forwarding($"198.51.100.{i + 1}");
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = accounts[i], password = "Summer2026!" })).StatusCode);
        }

        statuses.Count(s => s == HttpStatusCode.Unauthorized).ShouldBe(10, "one address's budget of guesses");
        statuses.Skip(10).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Fifty_real_client_addresses_through_the_trusted_proxy_against_one_account_are_throttled_by_the_account()
    {
        var account = (await CreateAccountsAsync(1))[0];
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            var client = app.ClientFor(null).From(Proxy).Forwarding($"192.0.2.{i + 1}");
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = account, password = $"guess-number-{i}" })).StatusCode);
        }

        statuses.Count(s => s == HttpStatusCode.Unauthorized).ShouldBe(5, "the account's free guesses");
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
