using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;

namespace CraftMarket.Identity.Tests;

public sealed class PasswordResetRateLimitTests
{
    [Fact]
    public async Task Asking_for_resets_and_confirmation_links_is_rate_limited_like_sign_in_codes()
    {
        await using var app = new IdentityApp(signInPerMinute: 2, seedDemo: false);
        var client = app.ClientFor(null);
        for (var i = 0; i < 2; i++)
            (await client.PostAsJsonAsync("/api/auth/password/forgot", new { email = Api.UniqueEmail() })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await client.PostAsJsonAsync("/api/auth/password/forgot", new { email = Api.UniqueEmail() })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.PostAsJsonAsync("/api/auth/confirm-email/resend", new { email = Api.UniqueEmail() })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        for (var i = 0; i < 2; i++)
            await (await client.PostAsJsonAsync("/api/auth/password/reset", new { phone = Api.UniquePhone(), code = "123456", password = "long enough passphrase" }))
                .ProblemAsync(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/api/auth/password/reset", new { phone = Api.UniquePhone(), code = "123456", password = "long enough passphrase" }))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
