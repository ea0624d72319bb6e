using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>The owner reads their own security log, on the page (in their language) and through the API; nobody reads another's.</summary>
public sealed class SecurityLogTests(SecurityLogTests.App app) : IClassFixture<SecurityLogTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    [Fact]
    public async Task Each_account_sees_only_its_own_lines_in_the_API_and_on_the_page()
    {
        var alice = Api.UniqueEmail("alice");
        var bob = Api.UniqueEmail("bob");
        await app.CreateUserAsync(alice, null);
        var bobId = (await app.CreateUserAsync(bob, null)).Id;
        var aliceTotp = await TwoFactorFlows.EnableAsync(app, alice);
        var bobApi = app.ClientFor(null);
        bobApi.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0");
        await bobApi.SignedInAs(bob);
        (await bobApi.PostAsJsonAsync("/api/auth/password/change", new { currentPassword = Auth.DemoPassword, newPassword = "bob's new passphrase" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var bobLines = (await (await app.ClientFor(null).SignedInAs(bob, "bob's new passphrase"))
            .GetFromJsonAsync<SecurityLogLineView[]>("/api/auth/security-log"))!;
        bobLines.Select(l => l.Kind).ShouldContain("PasswordChanged");
        bobLines.Select(l => l.Kind).ShouldNotContain("TwoFactorEnabled");
        bobLines.Single(l => l.Kind == "PasswordChanged").UserAgent!.ShouldContain("Firefox");

        // Alice reads hers; naming bob in the query changes nothing (the owner comes from the token alone).
        var aliceApi = await app.ClientFor(null).BearerWithCode(alice, aliceTotp);
        var aliceLines = (await aliceApi.GetFromJsonAsync<SecurityLogLineView[]>($"/api/auth/security-log?userId={bobId}&take=200"))!;
        // Sign-ins are logged too (part of the same log), so only the lines this test made are checked.
        aliceLines.Select(l => l.Kind).ShouldContain("TwoFactorEnabled");
        aliceLines.Select(l => l.Kind).ShouldNotContain("PasswordChanged");

        // The page: bob's browser shows bob's password change, in the reader's language, and none of alice's lines.
        var browser = await app.ClientFor(null).SignedInWithCookie(bob, "bob's new passphrase");
        var english = await browser.GetStringAsync("/en/account/security");
        english.ShouldContain("Password changed");
        english.ShouldContain("Firefox · Windows");
        english.ShouldNotContain("Two-step sign-in turned on");
        var vietnamese = WebUtility.HtmlDecode(await browser.GetStringAsync("/vi/account/security"));
        vietnamese.ShouldContain("Đã đổi mật khẩu");
        var japanese = WebUtility.HtmlDecode(await browser.GetStringAsync("/ja/account/security"));
        japanese.ShouldContain("パスワードを変更");
        var french = WebUtility.HtmlDecode(await browser.GetStringAsync("/fr/account/security"));
        french.ShouldContain("Mot de passe changé");
    }

    [Fact]
    public async Task The_log_needs_a_signed_in_owner_and_a_sensible_length()
    {
        (await app.ClientFor(null).GetAsync("/api/auth/security-log")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var email = Api.UniqueEmail("reader");
        await app.CreateUserAsync(email, null);
        var owner = await app.ClientFor(null).SignedInAs(email);
        (await (await owner.GetAsync("/api/auth/security-log?take=0")).ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("take");
        (await owner.GetAsync("/api/auth/security-log?take=200")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await app.ClientFor(null).GetAsync("/account/security");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
    }
}
