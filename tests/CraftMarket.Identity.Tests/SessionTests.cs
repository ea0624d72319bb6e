using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OtpNet;

namespace CraftMarket.Identity.Tests;

public sealed record SessionItem(Guid Id, string Kind, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? IpAddress, string Device, bool Current);

/// <summary>Every user sees where their account is signed in and ends any of it at once: apps by token, browsers by cookie.</summary>
public sealed class SessionTests(SessionTests.App app) : IClassFixture<SessionTests.App>
{
    public sealed class App() : IdentityApp();

    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private const string PhoneApp = "CraftMarketApp/2.1 (Android 14)";

    [Fact]
    public async Task The_owner_sees_each_app_and_browser_session_with_the_one_asking_marked()
    {
        var email = await NewAccountAsync();
        var browser = await BrowserAsync(email, Firefox);
        var (phoneApp, _) = await AppAsync(email, PhoneApp);

        var sessions = await ListAsync(phoneApp);

        sessions.Count.ShouldBe(2);
        var own = sessions.Single(s => s.Current);
        own.Kind.ShouldBe("app");
        own.Device.ShouldBe("CraftMarketApp/2.1 on Android");
        var other = sessions.Single(s => !s.Current);
        other.Kind.ShouldBe("browser");
        other.Device.ShouldBe("Firefox on Windows");
        other.LastSeenAt.ShouldBeGreaterThanOrEqualTo(other.CreatedAt);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revoked_token_and_its_refresh_token_are_refused_at_once()
    {
        var email = await NewAccountAsync();
        var (first, firstToken) = await AppAsync(email, PhoneApp);
        var (second, _) = await AppAsync(email, "CraftMarketApp/2.1 (iPhone)");
        var target = (await ListAsync(second)).Single(s => !s.Current);

        (await second.DeleteAsync($"/api/auth/sessions/{target.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await first.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/refresh", new { firstToken.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await second.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "only the revoked one ends");
        (await LogAsync(email)).ShouldContain(SecurityEventKind.TokenRevoked);
    }

    [Fact]
    public async Task Another_accounts_session_is_not_found_and_keeps_working()
    {
        var (victim, _) = await AppAsync(await NewAccountAsync(), PhoneApp);
        var victimSession = (await ListAsync(victim)).Single();
        var (attacker, _) = await AppAsync(await NewAccountAsync(), PhoneApp);

        var problem = await (await attacker.DeleteAsync($"/api/auth/sessions/{victimSession.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        problem.Status.ShouldBe(404);
        (await victim.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ListAsync(attacker)).ShouldNotContain(s => s.Id == victimSession.Id);
    }

    [Fact]
    public async Task Signing_out_everywhere_else_ends_the_other_browsers_and_apps_but_not_the_one_asking()
    {
        var email = await NewAccountAsync();
        var browser = await BrowserAsync(email, Firefox);
        var (otherApp, otherToken) = await AppAsync(email, PhoneApp);
        var (asking, _) = await AppAsync(email, PhoneApp);

        var revoked = await asking.PostAsync("/api/auth/sessions/revoke-others", null);
        (await revoked.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["revoked"].ShouldBe(2);

        var page = await browser.GetAsync("/account/me");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
        (await otherApp.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/refresh", new { otherToken.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await asking.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ListAsync(asking)).ShouldHaveSingleItem().Current.ShouldBeTrue();
        var log = await LogAsync(email);
        log.Count(k => k == SecurityEventKind.SessionRevoked).ShouldBe(1);
        log.Count(k => k == SecurityEventKind.TokenRevoked).ShouldBe(1);
    }

    [Fact]
    public async Task A_refresh_continues_the_same_session()
    {
        var email = await NewAccountAsync();
        var (client, token) = await AppAsync(email, PhoneApp);
        var before = (await ListAsync(client)).Single();

        var refreshed = await app.ClientFor(null).PostAsJsonAsync("/api/auth/refresh", new { token.RefreshToken });
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = app.ClientFor(null).Bearer((await refreshed.Content.ReadFromJsonAsync<Token>())!);

        var after = (await ListAsync(next)).ShouldHaveSingleItem();
        after.Id.ShouldBe(before.Id);
        after.Current.ShouldBeTrue();
    }

    [Fact]
    public async Task Signing_out_deletes_the_session_for_browsers_and_apps()
    {
        var email = await NewAccountAsync();
        var browser = app.ClientFor("bat-trang");
        var signedIn = await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = Auth.DemoPassword });
        var stolenCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".CraftMarket.Session=", StringComparison.Ordinal)).Split(';')[0];
        var (client, token) = await AppAsync(email, PhoneApp);

        var me = await browser.GetStringAsync("/account/me");
        (await browser.PostFormAsync("/account/logout", new Dictionary<string, string>(), Forms.Antiforgery(me))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostAsync("/api/auth/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await SessionRowsAsync(email)).ShouldBe(0);
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/refresh", new { token.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // A copy of the cookie taken before sign-out is worthless now: the session it names is gone.
        var replay = app.ClientFor("bat-trang");
        replay.DefaultRequestHeaders.Add("Cookie", stolenCookie);
        (await replay.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LogAsync(email)).Count(k => k == SecurityEventKind.SignedOut).ShouldBe(2);
    }

    [Fact]
    public async Task The_sessions_page_marks_this_browser_and_signs_out_another_at_once()
    {
        var email = await NewAccountAsync();
        var other = await BrowserAsync(email, Firefox);
        var browser = await BrowserAsync(email, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1");

        var vietnamese = WebUtility.HtmlDecode(await browser.GetStringAsync("/account/sessions"));
        vietnamese.ShouldContain("Thiết bị này");
        vietnamese.ShouldContain("Đăng xuất ở mọi nơi khác");
        var page = await browser.GetStringAsync("/en/account/sessions");
        page.ShouldContain("This device");
        page.ShouldContain("Safari on iPhone");
        page.ShouldContain("Firefox on Windows");

        var otherId = await QueryAsync(db => db.Sessions.Where(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email))
            .Where(s => s.Device == "Firefox on Windows").Select(s => s.Id).SingleAsync());
        page.ShouldContain($"data-session=\"{otherId}\"");
        var revoked = await browser.PostFormAsync("/en/account/sessions?handler=Revoke", new Dictionary<string, string> { ["id"] = otherId.ToString() },
            Forms.Antiforgery(page));
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await other.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the other browser is signed out");
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LogAsync(email)).ShouldContain(SecurityEventKind.SessionRevoked);
    }

    [Fact]
    public async Task The_sessions_page_signs_out_everywhere_else()
    {
        var email = await NewAccountAsync();
        var other = await BrowserAsync(email, Firefox);
        var (phoneApp, _) = await AppAsync(email, PhoneApp);
        var browser = await BrowserAsync(email, Firefox);

        var page = await browser.GetStringAsync("/account/sessions");
        (await browser.PostFormAsync("/account/sessions?handler=RevokeOthers", new Dictionary<string, string>(), Forms.Antiforgery(page)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await other.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await phoneApp.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_token_that_names_no_session_is_refused()
    {
        var email = await NewAccountAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CraftMarketUser>>();
        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(email))!);
        var bearer = app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) },
            IdentityConstants.BearerScheme);
        var client = app.ClientFor(null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", bearer.BearerTokenProtector.Protect(ticket));

        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized,
            "a correctly signed token with the current stamp but no session cannot be listed or revoked, so it is not honoured");
    }

    [Fact]
    public async Task Turning_on_two_step_sign_in_on_the_page_keeps_this_browser_and_ends_the_others()
    {
        var email = await NewAccountAsync();
        var other = await BrowserAsync(email, Firefox);
        var browser = await BrowserAsync(email, Firefox);
        var setup = await browser.GetStringAsync("/account/two-factor");
        var key = Regex.Match(setup, "<code[^>]*>([a-z2-7 ]{16,})</code>").Groups[1].Value;
        var totp = new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));

        var enabled = await browser.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = totp.ComputeTotp(), ["CurrentPassword"] = Auth.DemoPassword },
            Forms.Antiforgery(setup));
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK, await enabled.Content.ReadAsStringAsync());

        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the owner's own browser stays signed in");
        (await other.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a new stamp ends every other session");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_sessions_api()
    {
        (await app.ClientFor(null).GetAsync("/api/auth/sessions")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientFor(null).PostAsync("/api/auth/sessions/revoke-others", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<string> NewAccountAsync()
    {
        var email = Api.UniqueEmail("sessions");
        await app.CreateUserAsync(email, null);
        return email;
    }

    private async Task<HttpClient> BrowserAsync(string email, string userAgent)
    {
        var browser = app.ClientFor("bat-trang");
        browser.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return await browser.SignedInWithCookie(email);
    }

    private async Task<(HttpClient, Token)> AppAsync(string email, string userAgent)
    {
        var client = app.ClientFor(null);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var token = await client.LoginAsync(new { email, password = Auth.DemoPassword });
        return (client.Bearer(token), token);
    }

    private static async Task<List<SessionItem>> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/auth/sessions");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<SessionItem>>())!;
    }

    private async Task<T> QueryAsync<T>(Func<IdentityDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IdentityDb>());
    }

    private Task<List<SecurityEventKind>> LogAsync(string email) => QueryAsync(db => db.SecurityEvents
        .Where(e => db.Users.Any(u => u.Id == e.UserId && u.Email == email)).Select(e => e.Kind).ToListAsync());

    private Task<int> SessionRowsAsync(string email) => QueryAsync(db => db.Sessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email)));

}
