using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Contracts;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests.ApiTokens;

/// <summary>/account/api-tokens: made with the browser's sign-in, the secret shown on the answer only, revoked with a form.</summary>
[Collection(ApiTokenCollection.Name)]
public sealed partial class ApiTokenPageTests(ApiTokenSite app)
{
    private const string Page = "/account/api-tokens";

    [GeneratedRegex("value=\"(cmk_[A-Za-z0-9_-]{43})\"")]
    private static partial Regex SecretField();

    [Fact]
    public async Task A_staff_member_makes_a_token_sees_the_secret_once_and_revokes_it()
    {
        var (_, email, _) = await app.Staff("bat-trang", TenantRoles.ExportDesk, TenantRoles.Inspector);
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email, ApiTokenSite.Password);

        var form = await browser.GetStringAsync(Page);
        form.ShouldContain("value=\"export-desk\"");
        form.ShouldContain("value=\"inspector\"");
        form.ShouldNotContain("value=\"association-admin\"", Case.Sensitive, "only roles the person holds are offered");

        var made = await browser.SubmitAsync(Page, new Dictionary<string, string>
        {
            ["Name"] = "Kế toán", ["Roles"] = TenantRoles.ExportDesk, ["ExpiresInDays"] = "30",
        }, $"{Page}?handler=Create");
        made.StatusCode.ShouldBe(HttpStatusCode.OK);
        made.Headers.CacheControl?.NoStore.ShouldBeTrue();
        var answer = await made.Content.ReadAsStringAsync();
        var secret = SecretField().Match(answer).Groups[1].Value;
        secret.ShouldStartWith("cmk_");

        var token = app.WithToken("bat-trang", secret);
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await browser.GetStringAsync(Page);
        again.ShouldNotContain(secret, Case.Sensitive, "the secret is shown once");
        again.ShouldContain(secret[..12]);
        again.ShouldContain("Kế toán");

        // The token is no browser session: a page sent only the token asks to sign in.
        var page = await token.GetAsync(Page);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");

        var id = Regex.Match(again, "data-token=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var revoked = await browser.SubmitAsync(Page, new Dictionary<string, string> { ["Id"] = id }, $"{Page}?handler=Revoke");
        ((int)revoked.StatusCode).ShouldBeInRange(300, 399);
        (await token.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Form_errors_are_shown_on_the_page()
    {
        var (_, email, _) = await app.Staff("bat-trang", TenantRoles.Inspector);
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email, ApiTokenSite.Password);
        var refused = await browser.SubmitAsync(Page, new Dictionary<string, string> { ["Name"] = "", ["ExpiresInDays"] = "90" }, $"{Page}?handler=Create");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldNotContain("value=\"cmk_");
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("<li>", Case.Sensitive, "the validation summary lists the errors");
    }

    [Fact]
    public async Task Households_and_buyers_have_no_token_page()
    {
        var buyer = await app.ClientFor("bat-trang").SignedInWithCookie("buyer@homeware.example");
        var response = await buyer.GetAsync(Page);
        ((int)response.StatusCode).ShouldBeOneOf(302, 403);
        if (response.StatusCode == HttpStatusCode.Redirect) response.Headers.Location!.ToString().ShouldContain("access-denied");
    }
}
