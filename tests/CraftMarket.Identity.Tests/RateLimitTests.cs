using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

public sealed class RateLimitTests(RateLimitTests.App app) : IClassFixture<RateLimitTests.App>
{
    public sealed class App() : IdentityApp(signInPerMinute: 3, seedDemo: false);

    [Fact]
    public async Task Sign_in_attempts_beyond_the_configured_limit_answer_429()
    {
        var client = app.ClientFor(null);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = "x@y.example", password = "wrong-password" })).StatusCode);

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.Unauthorized);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);

        // Refresh shares the sign-in budget, and a rejection is a problem document too.
        var refresh = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "x" });
        await refresh.ProblemAsync(HttpStatusCode.TooManyRequests);
    }
}

/// <summary>An IPv6 client holds a whole /64: rotating addresses inside it does not buy new attempts.</summary>
public sealed class Ipv6RateLimitTests(RateLimitTests.App app) : IClassFixture<RateLimitTests.App>
{
    [Fact]
    public async Task Addresses_in_one_IPv6_64_share_one_budget_and_another_64_has_its_own()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
            statuses.Add((await app.ClientFor(null).From($"2001:db8:1:2::{i:x}").PostAsJsonAsync("/api/auth/login",
                new { email = Api.UniqueEmail(), password = "wrong-password" })).StatusCode);
        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);

        var neighbour = await app.ClientFor(null).From("2001:db8:1:3::1").PostAsJsonAsync("/api/auth/login", new { email = Api.UniqueEmail(), password = "wrong-password" });
        neighbour.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // An IPv4 client is one address, whatever form the socket reports it in.
        var mapped = await app.ClientFor(null).From("::ffff:192.0.2.7").PostAsJsonAsync("/api/auth/login", new { email = Api.UniqueEmail(), password = "wrong-password" });
        mapped.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
