using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;

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
