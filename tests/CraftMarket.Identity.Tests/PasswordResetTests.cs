using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Web;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>Buyers and staff reset by an e-mailed link, producers by a texted code; neither tells who has an account.</summary>
public sealed partial class PasswordResetTests(PasswordResetTests.App app) : IClassFixture<PasswordResetTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    private const string NewPassword = "a brand new passphrase";

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex Code();

    [Fact]
    public async Task A_buyer_resets_by_the_e_mailed_link_in_their_language_and_every_other_session_ends()
    {
        var email = Api.UniqueEmail("forgetful");
        var user = await app.CreateUserAsync(email, null);
        await SetLanguageAsync(user.Id, "ja");
        var client = app.ClientFor(null);
        var oldToken = await client.LoginAsync(new { email, password = Auth.DemoPassword });

        (await client.PostAsJsonAsync("/api/auth/password/forgot", new { email })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var mail = await app.WaitForMessageAsync(m => m.To == email && m.Body.Contains("/account/reset-password", StringComparison.Ordinal));
        mail.Subject.ShouldBe("CraftMarket のパスワードの再設定");
        var query = HttpUtility.ParseQueryString(new Uri(ResetLink().Match(mail.Body).Value).Query);

        var reset = await client.PostAsJsonAsync("/api/auth/password/reset", new { userId = query["userId"], code = query["code"], password = NewPassword });
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());

        (await app.ClientFor(null).Bearer(oldToken).GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await client.LoginAsync(new { email, password = NewPassword });
        (await client.PostAsJsonAsync("/api/auth/login", new { email, password = Auth.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await client.PostAsJsonAsync("/api/auth/password/reset", new { userId = query["userId"], code = query["code"], password = "yet another passphrase" });
        await again.ProblemAsync(HttpStatusCode.BadRequest);
        (await LogAsync(user.Id)).Where(k => k is SecurityEventKind.PasswordResetRequested or SecurityEventKind.PasswordReset)
            .ShouldBe([SecurityEventKind.PasswordResetRequested, SecurityEventKind.PasswordReset], ignoreOrder: true, "sign-ins are logged beside them");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_nothing_is_sent()
    {
        var known = Api.UniqueEmail();
        await app.CreateUserAsync(known, null);
        var unknown = Api.UniqueEmail("nobody");

        var forKnown = await app.ClientFor(null).PostAsJsonAsync("/api/auth/password/forgot", new { email = known });
        var forUnknown = await app.ClientFor(null).PostAsJsonAsync("/api/auth/password/forgot", new { email = unknown });

        forUnknown.StatusCode.ShouldBe(forKnown.StatusCode);
        (await forUnknown.Content.ReadAsStringAsync()).ShouldBe(await forKnown.Content.ReadAsStringAsync());
        await app.WaitForMessageAsync(m => m.To == known);
        (await app.MailboxAsync()).ShouldNotContain(m => m.To == unknown);
    }

    [Fact]
    public async Task A_producer_resets_with_the_texted_code_in_Vietnamese_and_then_signs_in_with_the_new_password()
    {
        var phone = Api.UniquePhone();
        var user = await app.CreateUserAsync(null, phone);
        var client = app.ClientFor(null);

        (await client.PostAsJsonAsync("/api/auth/password/forgot", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var text = await app.WaitForMessageAsync(m => m.To == phone && m.Body.Contains("mat khau", StringComparison.Ordinal));
        text.Body.ShouldContain("ma dat lai mat khau");
        var code = Code().Match(text.Body).Groups[1].Value;

        var reset = await client.PostAsJsonAsync("/api/auth/password/reset", new { phone, code, password = NewPassword });
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent, await reset.Content.ReadAsStringAsync());
        await client.LoginAsync(new { phone, password = NewPassword });
        (await client.PostAsJsonAsync("/api/auth/password/reset", new { phone, code, password = "yet another passphrase" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await LogAsync(user.Id)).ShouldContain(SecurityEventKind.PasswordReset);
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_is_refused()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var client = app.ClientFor(null);
        (await client.PostAsJsonAsync("/api/auth/password/forgot", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var code = Code().Match((await app.WaitForMessageAsync(m => m.To == phone)).Body).Groups[1].Value;
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
            await (await client.PostAsJsonAsync("/api/auth/password/reset", new { phone, code = wrong, password = NewPassword }))
                .ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/auth/password/reset", new { phone, code, password = NewPassword }))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_phone_gets_the_same_answer_and_a_guessed_code_the_same_refusal()
    {
        var phone = Api.UniquePhone();
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/password/forgot", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var problem = await (await app.ClientFor(null).PostAsJsonAsync("/api/auth/password/reset", new { phone, code = "123456", password = NewPassword }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!["code"].ShouldBe(["This code is not valid or has expired. Ask for a new one."]);
        (await app.MailboxAsync()).ShouldNotContain(m => m.To == phone);
    }

    [Fact]
    public async Task The_pages_reset_a_password_from_the_e_mailed_link()
    {
        var email = Api.UniqueEmail("pages");
        await app.CreateUserAsync(email, null);
        var browser = app.ClientFor(null);

        var asked = await browser.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Login"] = email });
        (await asked.Content.ReadAsStringAsync()).ShouldContain("If an account uses this address");
        var link = ResetLink().Match((await app.WaitForMessageAsync(m => m.To == email)).Body).Value;
        var resetPage = new Uri(link).PathAndQuery;

        var done = await browser.SubmitAsync(resetPage, new Dictionary<string, string> { ["Password"] = NewPassword });
        (await done.Content.ReadAsStringAsync()).ShouldContain("Your password is changed");
        await browser.LoginAsync(new { email, password = NewPassword });
    }

    private async Task SetLanguageAsync(Guid userId, string language)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
        var user = (await users.FindByIdAsync(userId.ToString()))!;
        user.PreferredLanguage = language;
        await users.UpdateAsync(user);
    }

    private async Task<List<SecurityEventKind>> LogAsync(Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDb>().SecurityEvents
            .Where(e => e.UserId == userId).Select(e => e.Kind).ToListAsync();
    }
}
