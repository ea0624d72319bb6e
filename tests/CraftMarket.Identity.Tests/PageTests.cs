using CraftMarket.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;
using OtpNet;

namespace CraftMarket.Identity.Tests;

/// <summary>The browser flows: cookie sign-in with antiforgery, the authenticator step, the producer's SMS page.</summary>
public sealed class PageTests(PageTests.App app) : IClassFixture<PageTests.App>
{
    public sealed class App() : IdentityApp();

    [Fact]
    public async Task Staff_sign_in_on_the_page_and_see_their_role_in_this_association()
    {
        var browser = app.ClientFor("bat-trang");
        var signIn = await browser.SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Login"] = "inspector@bat-trang.craftmarket.local", ["Password"] = Auth.DemoPassword,
        });
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var me = await browser.GetStringAsync("/account/me");
        me.ShouldContain("inspector");

        var signOut = await browser.PostFormAsync("/account/logout", new Dictionary<string, string>(), Forms.Antiforgery(me));
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account/me")).Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_person_on_the_page_with_a_message()
    {
        var wrong = new Dictionary<string, string> { ["Login"] = "admin@van-phuc.craftmarket.local", ["Password"] = "certainly wrong" };
        var response = await app.ClientFor("van-phuc").SubmitAsync("/en/account/login", wrong);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("do not match");
        // The village's own language by default: the feature's English error is translated on the page.
        var vietnamese = await app.ClientFor("van-phuc").SubmitAsync("/account/login", wrong);
        WebUtility.HtmlDecode(await vietnamese.Content.ReadAsStringAsync()).ShouldContain("mật khẩu không khớp");
    }

    [Fact]
    public async Task Pages_needing_an_account_redirect_browsers_to_the_login_page()
    {
        var response = await app.ClientFor("bat-trang").GetAsync("/account/two-factor");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task With_an_authenticator_on_the_cookie_sign_in_asks_for_the_code()
    {
        var email = Api.UniqueEmail("export");
        await app.CreateUserAsync(email, null);
        var api = await app.ClientFor(null).SignedInAs(email);
        var key = (await api.GetFromJsonAsync<Dictionary<string, object>>("/api/auth/2fa/"))!["sharedKey"].ToString()!;
        var totp = new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));
        (await api.PostAsJsonAsync("/api/auth/2fa/enable", new { code = totp.ComputeTotp(), currentPassword = Auth.DemoPassword }))
            .EnsureSuccessStatusCode();

        var browser = app.ClientFor("bat-trang");
        var first = await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = Auth.DemoPassword });
        first.Headers.Location!.ToString().ShouldContain("/account/login-2fa");
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password alone does not sign in");

        var second = await browser.SubmitAsync(first.Headers.Location.ToString(), new Dictionary<string, string> { ["Code"] = totp.ComputeTotp() });
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_producer_signs_in_on_the_Vietnamese_phone_page_with_the_texted_code()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        var browser = app.ClientFor("bat-trang");
        (await browser.GetStringAsync("/account/phone")).ShouldContain("Số điện thoại");

        var local = "0" + phone[3..];
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        codeForm.ShouldContain("Mã trong tin nhắn");
        var sms = await app.WaitForMessageAsync(m => m.To == phone);
        var code = Regex.Match(sms.Body, @"\b\d{6}\b").Value;

        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_invalid_number_on_the_phone_page_is_explained_in_Vietnamese()
    {
        var response = await app.ClientFor("bat-trang").SubmitAsync("/account/phone",
            new Dictionary<string, string> { ["Phone"] = "12345" }, "/account/phone?handler=Send");
        (await response.Content.ReadAsStringAsync()).ShouldContain("không hợp lệ");
    }

    [Fact]
    public async Task The_emailed_link_confirms_a_buyer_registered_on_the_page()
    {
        var email = Api.UniqueEmail("designer");
        var browser = app.ClientFor("van-phuc");
        var registered = await browser.SubmitAsync("/en/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "Claire Martin", ["Email"] = email, ["Password"] = "silk scarves for Lyon", ["Company"] = "Maison Soie",
            ["Country"] = "FR", ["Languages"] = "fr, en",
        });
        (await registered.Content.ReadAsStringAsync()).ShouldContain("We sent a link");

        var mail = await app.WaitForMessageAsync(m => m.To == email);
        mail.Body.ShouldContain("Bienvenue sur CraftMarket", customMessage: "the e-mail is in the buyer's first language, not the page's");
        var link = Regex.Match(mail.Body, @"https?://\S+").Value;
        (await browser.GetStringAsync(link)).ShouldContain("Your address is confirmed");
        await browser.LoginAsync(new { email, password = "silk scarves for Lyon" });
    }
}
