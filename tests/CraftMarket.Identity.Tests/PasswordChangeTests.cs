using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>Change password with the current one: tokens issued before end, the browser that changed it stays signed in.</summary>
public sealed class PasswordChangeTests(PasswordChangeTests.App app) : IClassFixture<PasswordChangeTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    private const string NewPassword = "a longer passphrase for 2027";

    [Fact]
    public async Task Through_the_API_the_current_password_is_needed_and_every_earlier_token_ends()
    {
        var email = Api.UniqueEmail("buyer");
        await app.CreateUserAsync(email, null);
        var token = await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword });
        var other = app.ClientFor(null).Bearer(await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword }));
        var client = app.ClientFor(null).Bearer(token);

        var wrong = await client.PostAsJsonAsync("/api/auth/password/change", new { currentPassword = "not my password", newPassword = NewPassword });
        (await wrong.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("currentPassword");
        var tooShort = await client.PostAsJsonAsync("/api/auth/password/change", new { currentPassword = Auth.DemoPassword, newPassword = "short" });
        (await tooShort.ProblemAsync(HttpStatusCode.BadRequest)).Errors!["newPassword"].ShouldContain("Choose a password of at least 10 characters.");

        var changed = await client.PostAsJsonAsync("/api/auth/password/change", new { currentPassword = Auth.DemoPassword, newPassword = NewPassword });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await other.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var refresh = await app.ClientFor(null).PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.RefreshToken });
        await refresh.ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.ClientFor(null).PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword }))
            .ProblemAsync(HttpStatusCode.Unauthorized);

        var fresh = app.ClientFor(null).Bearer(await app.ClientFor(null).LoginAsync(new { email, password = NewPassword }));
        var log = (await fresh.GetFromJsonAsync<SecurityLogLineView[]>("/api/auth/security-log"))!;
        log.Count(l => l.Kind == "PasswordChanged").ShouldBe(1);
    }

    [Fact]
    public async Task On_the_page_the_browser_stays_signed_in_and_tokens_end()
    {
        var email = Api.UniqueEmail("staff");
        await app.CreateUserAsync(email, null);
        var api = app.ClientFor(null).Bearer(await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword }));
        var browser = await app.ClientFor(null).SignedInWithCookie(email);

        var mismatch = await browser.SubmitAsync("/en/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Auth.DemoPassword, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword + "!",
        });
        (await mismatch.Content.ReadAsStringAsync()).ShouldContain("The two new passwords are not the same.");

        var changed = await browser.SubmitAsync("/en/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Auth.DemoPassword, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword,
        });
        (await changed.Content.ReadAsStringAsync()).ShouldContain("Your password is changed");
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await app.ClientFor(null).LoginAsync(new { email, password = NewPassword });
    }
}
