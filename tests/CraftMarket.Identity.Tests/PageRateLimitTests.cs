using System.Net;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>The sign-in pages spend the same per-IP budgets as /api/auth; reading a form spends nothing.</summary>
public sealed class PageRateLimitTests(PageRateLimitTests.App app) : IClassFixture<PageRateLimitTests.App>
{
    public sealed class App() : IdentityApp(signInPerMinute: 3, seedDemo: false);

    [Fact]
    public async Task Sign_in_page_posts_beyond_the_limit_answer_429_and_the_forms_still_render()
    {
        var client = app.ClientFor(null);
        var token = Forms.Antiforgery(await client.GetStringAsync("/account/login"));
        var login = new Dictionary<string, string> { ["Login"] = "x@y.example", ["Password"] = "wrong-password" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await client.PostFormAsync("/account/login", login, token)).StatusCode);
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);

        // Register and the second factor share the sign-in budget with the login page.
        (await client.PostFormAsync("/account/register", new Dictionary<string, string> { ["Email"] = "a@b.example" }, token))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.PostFormAsync("/account/login-2fa", new Dictionary<string, string> { ["Code"] = "123456" }, token))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("send")]
    [InlineData("verify")]
    public async Task Phone_page_send_and_verify_are_each_limited(string handler)
    {
        var client = app.ClientFor(null);
        var token = Forms.Antiforgery(await client.GetStringAsync("/account/phone"));
        var fields = new Dictionary<string, string> { ["Phone"] = "0912 000 111", ["Code"] = "000000" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await client.PostFormAsync($"/account/phone?handler={handler}", fields, token)).StatusCode);
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }
}
