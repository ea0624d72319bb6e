using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

public sealed class SignInTests(SignInTests.App app) : IClassFixture<SignInTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    [Fact]
    public async Task Email_and_password_give_a_bearer_token_that_opens_an_authorized_endpoint()
    {
        var email = Api.UniqueEmail();
        await app.CreateUserAsync(email, null);
        var client = app.ClientFor(null);

        var token = await client.LoginAsync(new { email, password = Auth.DemoPassword });

        token.TokenType.ShouldBe("Bearer");
        token.RefreshToken.ShouldNotBeNullOrEmpty();
        var me = await client.Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me");
        me!.Email.ShouldBe(email);
    }

    [Fact]
    public async Task Phone_as_typed_locally_and_password_give_a_token()
    {
        var phone = Api.UniquePhone();                       // +8491xxxxxxx
        await app.CreateUserAsync(null, phone);
        var local = "0" + phone[3..6] + " " + phone[6..9] + " " + phone[9..];   // 091x xxx xxx

        var client = app.ClientFor(null);
        var token = await client.LoginAsync(new { phone = local, password = Auth.DemoPassword });

        (await client.Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!.Phone.ShouldBe(phone);
    }

    [Fact]
    public async Task Api_without_a_token_answers_401_problem_not_a_login_redirect()
    {
        var response = await app.ClientFor(null).GetAsync("/api/auth/me");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.Location.ShouldBeNull();
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Auth_endpoints_are_described_in_the_OpenAPI_document()
    {
        var json = await app.ClientFor(null).GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/auth/login", "/api/auth/refresh", "/api/auth/phone/code", "/api/auth/phone/login", "/api/auth/register", "/api/auth/me" })
            json.ShouldContain($"\"{path}\"");
        json.ShouldContain("\"Auth\"");
    }

    [Fact]
    public async Task Wrong_password_is_a_401_problem()
    {
        var email = Api.UniqueEmail();
        await app.CreateUserAsync(email, null);
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email, password = "not the password" });
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        problem.Detail.ShouldContain("do not match");
    }

    [Fact]
    public async Task Unknown_account_answers_exactly_like_a_wrong_password()
    {
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email = Api.UniqueEmail(), password = "whatever-123" });
        (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("do not match");
    }

    [Fact]
    public async Task Five_failures_make_the_account_wait_even_for_the_right_password_instead_of_locking_it()
    {
        var email = Api.UniqueEmail();
        await app.CreateUserAsync(email, null);
        var client = app.ClientFor(null);
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"wrong-password-{i}" });

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword });
        (await response.ProblemAsync(HttpStatusCode.TooManyRequests)).Detail.ShouldContain("Try again in");
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task Missing_password_or_identifier_is_a_400_validation_problem()
    {
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email = "a@b.example" });
        (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors.ShouldNotBeNull();
    }

    [Fact]
    public async Task Refresh_token_gives_a_new_working_access_token_and_garbage_is_401()
    {
        var email = Api.UniqueEmail();
        await app.CreateUserAsync(email, null);
        var client = app.ClientFor(null);
        var token = await client.LoginAsync(new { email, password = Auth.DemoPassword });

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { token.RefreshToken });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = (await refreshed.Content.ReadFromJsonAsync<Token>())!;
        (await app.ClientFor(null).Bearer(second).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var bad = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" });
        await bad.ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
