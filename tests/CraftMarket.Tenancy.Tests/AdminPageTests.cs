using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Tenancy.Tests;

/// <summary>The admin pages as people use them: cookie sign-in, forms with antiforgery, errors beside fields.</summary>
public sealed class AdminPageTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: true);

    [Fact]
    public async Task Platform_admin_lists_and_creates_associations_from_the_admin_page()
    {
        var browser = await app.ClientFor(null).SignedInWithCookie(Auth.PlatformAdmin);
        var list = await browser.GetStringAsync("/admin/tenants");
        list.ShouldContain("Bat Trang Ceramics Association");
        list.ShouldContain("Dong Ky Fine Woodcraft Association");

        var bad = await browser.SubmitAsync("/admin/tenants/new", Fields("dai-dong", "#notacolour"), "/admin/tenants/new?handler=save");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Colours are written #rrggbb.");
        (await app.ClientFor("dai-dong").GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing was stored");

        var good = await browser.SubmitAsync("/admin/tenants/new", Fields("dai-dong", "#8a4b1f"), "/admin/tenants/new?handler=save");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.ClientFor("dai-dong").GetStringAsync("/")).ShouldContain("--brand-primary:#8a4b1f");
    }

    [Fact]
    public async Task Association_admin_restyles_their_own_storefront_and_only_their_own()
    {
        var batTrang = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        (await batTrang.GetStringAsync("/")).ShouldContain("href=\"/admin/brand\"");
        var saved = await batTrang.SubmitAsync("/admin/brand", new Dictionary<string, string>
        {
            ["Form.BrandName"] = "Gốm Bát Tràng", ["Form.ThemeName"] = "bat-trang", ["Form.PrimaryColor"] = "#123456",
            ["Form.AccentColor"] = "#b8860b", ["Form.BackgroundColor"] = "#f7f9fc", ["Form.TextColor"] = "#14213d",
            ["Form.HeadingFont"] = "Georgia, serif", ["Form.BodyFont"] = "system-ui, sans-serif",
        });
        WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()).ShouldContain("Đã lưu.", customMessage: "the brand page speaks the village's Vietnamese");
        (await app.ClientFor("bat-trang").GetStringAsync("/")).ShouldContain("--brand-primary:#123456");

        var vanPhucAdminOnBatTrang = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        var refused = await vanPhucAdminOnBatTrang.GetAsync("/admin/brand");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await vanPhucAdminOnBatTrang.GetStringAsync("/")).ShouldNotContain("href=\"/admin/brand\"");
    }

    [Fact]
    public async Task Brand_api_refuses_bad_tokens_with_problem_details()
    {
        var api = await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        var response = await api.PutAsync("/api/association/brand", new StringContent(
            """{"brandName":"","primaryColor":"red","headingFont":"x;}body{display:none"}""", System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("brandName");
        body.ShouldContain("primaryColor");
        body.ShouldContain("headingFont");
        (await app.ClientFor("van-phuc").GetStringAsync("/")).ShouldContain("--brand-primary:#8b1e3f");
    }

    private static Dictionary<string, string> Fields(string slug, string colour) => new()
    {
        ["Form.Slug"] = slug, ["Form.NameVi"] = "Làng đúc đồng Đại Đồng", ["Form.NameEn"] = "Dai Dong Copper Casting",
        ["Form.DefaultLanguage"] = "vi", ["Form.SupportedLanguages"] = "vi, en", ["Form.DisplayCurrencies"] = "USD 0.000038",
        ["Form.Brand.BrandName"] = "Đồng Đại Đồng", ["Form.Brand.ThemeName"] = "base", ["Form.Brand.PrimaryColor"] = colour,
        ["Form.Brand.AccentColor"] = "#c8963e", ["Form.Brand.BackgroundColor"] = "#fbf8f3", ["Form.Brand.TextColor"] = "#1f1f1f",
        ["Form.Brand.HeadingFont"] = "Georgia, serif", ["Form.Brand.BodyFont"] = "system-ui, sans-serif",
    };

    public void Dispose() => app.Dispose();
}
