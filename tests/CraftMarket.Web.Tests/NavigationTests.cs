using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The menu that modules contribute, as each role sees it on each kind of site: every link the
/// layout showed before contributors, to exactly the people it showed it to.
/// </summary>
public sealed class NavigationTests(NavigationTests.App app) : IClassFixture<NavigationTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true);

    private static readonly string[] Storefront = ["/products", "/members", "/registry", "/about"];
    private static readonly string[] Producer = ["/account/member", "/account/quality", "/account/offers", "/account/work-orders", "/account/earnings", "/account/insight", "/account/products"];
    /// <summary>The quality-mark workflow every staff desk reaches (the admin also edits the schemes).</summary>
    private static readonly string[] QualityStaff =
        ["/admin/quality/other-certificates", "/admin/quality/certificates", "/admin/quality/labels", "/admin/quality/applications", "/admin/quality/inspections", "/admin/quality/suspects"];

    [Fact]
    public async Task Visitors_see_the_storefront_links_and_sign_in_and_nothing_else()
    {
        var menu = Menu(await Client("van-phuc.localhost").GetStringAsync("/"));
        menu.ShouldBe([.. Storefront, "/inquiry-list", "/account/login"]);
        Menu(await Client("localhost").GetStringAsync("/")).ShouldBe(["/registry", "/inquiry-list", "/account/login"], "the platform host has no village to browse, only the registry across villages");
    }

    [Fact]
    public async Task Association_admin_sees_management_links_on_their_own_site_only()
    {
        var onOwn = await Client("van-phuc.localhost").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        Menu(await onOwn.GetStringAsync("/")).ShouldBe([.. Storefront, "/admin/insight", "/admin/members", "/admin/staff", "/account/api-tokens", "/admin/brand", "/admin/inquiries", "/admin/orders", "/admin/inspections", "/admin/ledger", "/admin/catalogue", "/admin/quality/schemes", .. QualityStaff, "/admin/audit", "/admin/integrations/webhooks", "/admin/notifications", "/inquiry-list", "/account/notifications", "/account/me"]);
        (await onOwn.GetStringAsync("/en/")).ShouldContain("<a href=\"/en/admin/members\">Manage members</a>", Case.Sensitive);

        var elsewhere = await Client("bat-trang.localhost").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        Menu(await elsewhere.GetStringAsync("/")).ShouldBe([.. Storefront, "/inquiry-list", "/account/me"]);
    }

    [Fact]
    public async Task Export_desk_sees_the_catalogue_but_not_member_or_brand_management()
    {
        var desk = await Client("van-phuc.localhost").SignedInWithCookie("export@van-phuc.craftmarket.local");
        Menu(await desk.GetStringAsync("/")).ShouldBe([.. Storefront, "/admin/insight", "/account/api-tokens", "/admin/inquiries", "/admin/orders", "/admin/inspections", "/admin/ledger", "/admin/catalogue", .. QualityStaff, "/inquiry-list", "/account/notifications", "/account/me"]);
    }

    [Fact]
    public async Task Producer_sees_their_own_pages_in_Vietnamese_whatever_the_page_language()
    {
        var producer = await Client("van-phuc.localhost").SignedInWithCookie("0913 442 118");
        var html = await producer.GetStringAsync("/en/");
        Menu(html).ShouldBe([.. Storefront.Select(p => "/en" + p), .. Producer.Select(p => "/en" + p), "/en/inquiry-list", "/en/account/notifications", "/en/account/me"]);
        html.ShouldContain("lang=\"vi\">Hồ sơ của tôi</a>");
        html.ShouldContain("lang=\"vi\">Sản phẩm của tôi</a>");
    }

    [Fact]
    public async Task Platform_admin_sees_associations_on_the_platform_host_only_and_buyers_see_no_management()
    {
        var admin = await Client("localhost").SignedInWithCookie(Auth.PlatformAdmin);
        Menu(await admin.GetStringAsync("/")).ShouldBe(["/registry", "/admin/tenants", "/platform/insight", "/admin/messages", "/inquiry-list", "/account/me"]);
        var adminOnVillage = await Client("van-phuc.localhost").SignedInWithCookie(Auth.PlatformAdmin);
        Menu(await adminOnVillage.GetStringAsync("/")).ShouldBe([.. Storefront, "/inquiry-list", "/account/me"]);

        // A buyer shares the kept home page (ADR 0050): the anonymous menu, whose "Sign in" their name fills in the browser.
        var buyer = await Client("van-phuc.localhost").SignedInWithCookie("buyer@homeware.example");
        Menu(await buyer.GetStringAsync("/")).ShouldBe([.. Storefront, "/inquiry-list", "/account/login"]);
        Menu(await buyer.GetStringAsync("/account/me")).ShouldBe([.. Storefront, "/account/inquiries", "/account/orders", "/inquiry-list", "/account/notifications", "/account/me"], "their own pages show their own menu");
    }

    [Fact]
    public async Task Menu_texts_follow_the_page_language()
    {
        var html = await Client("van-phuc.localhost").GetStringAsync("/vi/");
        html.ShouldContain(">Sản phẩm</a>");
        html.ShouldContain(">Hội viên</a>");
        html.ShouldContain(">Giới thiệu</a>");
    }

    /// <summary>The links of the site menu in order (the sign-out form is a button, not a link).</summary>
    private static string[] Menu(string html)
    {
        var start = html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the page has the site menu");
        var nav = html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(nav, "<a href=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
    }

    private HttpClient Client(string host) => app.CreateBrowserClient(new Uri($"http://{host}/"));
}
