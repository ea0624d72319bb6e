using System.Globalization;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// Each association's pages carry its own brand: the header takes the theme's primary colour
/// (--brand-primary) and shows the brand name; the platform host lists the villages.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class BrandingTests(LiveSite site)
{
    public static TheoryData<string, string, string?, int, int> TenantsAndViewports()
    {
        var data = new TheoryData<string, string, string?, int, int>();
        foreach (var (slug, primary, brand) in Brands)
        {
            data.Add(slug, primary, brand, 390, 844);    // phone
            data.Add(slug, primary, brand, 1366, 900);   // desktop
        }
        return data;
    }

    private static readonly (string Slug, string Primary, string? Brand)[] Brands =
    [
        ("bat-trang", "#1f4e79", "Gốm Bát Tràng"),
        ("van-phuc", "#8b1e3f", "Lụa Vạn Phúc"),
        ("dong-ky", "#6b4423", null),
    ];

    [Theory]
    [MemberData(nameof(TenantsAndViewports))]
    public async Task Tenant_home_page_wears_its_own_brand(string slug, string primary, string? brand, int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        var response = await page.GotoAsync(site.Url(slug));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath($"{slug}-{width}x{height}"), FullPage = true });

        response.ShouldNotBeNull();
        response.Status.ShouldBe(200);
        (await page.GetAttributeAsync("html", "data-tenant")).ShouldBe(slug);
        (await BrandPrimaryAsync(page)).ShouldBe(primary, StringCompareShould.IgnoreCase);
        (await HeaderBackgroundAsync(page)).ShouldContain(Rgb(primary), Case.Sensitive, $"the header of {slug} should be painted in its primary colour {primary}");
        if (brand is not null) (await page.Locator(".brand-name").First.InnerTextAsync()).Trim().ShouldBe(brand);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_tenants_render_under_different_brands()
    {
        var batTrang = await site.NewPageAsync(1366, 900);
        var vanPhuc = await site.NewPageAsync(1366, 900);
        await batTrang.GotoAsync(site.Url("bat-trang"));
        await vanPhuc.GotoAsync(site.Url("van-phuc"));

        (await BrandPrimaryAsync(batTrang)).ShouldNotBe(await BrandPrimaryAsync(vanPhuc));
        (await HeaderBackgroundAsync(batTrang)).ShouldNotBe(await HeaderBackgroundAsync(vanPhuc));
        (await batTrang.InnerTextAsync(".site-header")).ShouldNotContain("Lụa Vạn Phúc");
        (await vanPhuc.InnerTextAsync(".site-header")).ShouldNotContain("Gốm Bát Tràng");
        await batTrang.Context.CloseAsync();
        await vanPhuc.Context.CloseAsync();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task Platform_host_lists_the_villages(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        var response = await page.GotoAsync(site.Url(null));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath($"platform-{width}x{height}"), FullPage = true });

        response.ShouldNotBeNull();
        response.Status.ShouldBe(200);
        (await page.GetAttributeAsync("html", "data-tenant")).ShouldBeNull("the platform host belongs to no tenant");
        var cards = page.Locator(".village-card");
        (await cards.CountAsync()).ShouldBeGreaterThanOrEqualTo(Brands.Length);
        var links = await page.Locator(".village-card a[href], a.village-card[href]")
            .EvaluateAllAsync<string[]>("els => els.map(e => e.href)");
        foreach (var (slug, _, _) in Brands)
            links.ShouldContain(href => href.Contains(slug, StringComparison.Ordinal), $"a village card should link to {slug}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Unknown_tenant_gets_a_404_page()
    {
        var page = await site.NewPageAsync(1366, 900);
        var response = await page.GotoAsync(site.Url("nowhere"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("unknown-tenant"), FullPage = true });

        response.ShouldNotBeNull();
        response.Status.ShouldBe(404);
        (await response.HeaderValueAsync("content-type") ?? "").ShouldStartWith("text/html", Case.Insensitive, "a person should see a page, not problem-details JSON");
        (await page.InnerTextAsync("body")).Trim().ShouldNotBeEmpty("a person should see a page, not a blank screen");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The header's computed paint: its background colour and background image. A theme may band
    /// the header with a gradient (Van Phuc does); the computed gradient names the resolved colours.
    /// </summary>
    private static Task<string> HeaderBackgroundAsync(IPage page) =>
        page.Locator("header.site-header").First.EvaluateAsync<string>(
            "h => { const s = getComputedStyle(h); return s.backgroundColor + ' ' + s.backgroundImage; }");

    private static async Task<string> BrandPrimaryAsync(IPage page) =>
        (await page.Locator("header.site-header").First.EvaluateAsync<string>(
            "h => getComputedStyle(h).getPropertyValue('--brand-primary')")).Trim();

    private static string Rgb(string hex)
    {
        int Channel(int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return $"rgb({Channel(1)}, {Channel(3)}, {Channel(5)})";
    }
}
