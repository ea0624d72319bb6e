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

    /// <summary>Each theme's overridden partials (ADR 11), and no other theme's: the hero and the product card.</summary>
    private static readonly (string Slug, string Hero, string Card)[] ThemeParts =
    [
        ("bat-trang", ".hero-porcelain", ".product-card.card-porcelain"),
        ("van-phuc", ".hero-silk", ".product-card.card-silk"),
        ("dong-ky", ".hero-base", ".product-card.card-base"),   // no theme of its own: the base partials
    ];

    [Theory]
    [InlineData("bat-trang")]
    [InlineData("van-phuc")]
    [InlineData("dong-ky")]
    public async Task Each_village_renders_its_themes_own_hero_and_product_cards(string slug)
    {
        var (_, hero, card) = ThemeParts.Single(t => t.Slug == slug);
        var page = await site.NewPageAsync(1366, 900);
        await page.GotoAsync(site.Url(slug, "/en/"));
        (await page.Locator(hero).CountAsync()).ShouldBe(1, $"{slug}'s hero partial");
        await page.Locator(hero).First.Locator("h1").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        (await page.Locator(card).CountAsync()).ShouldBeGreaterThan(0, $"{slug}'s home highlights use its card partial");
        foreach (var (other, otherHero, otherCard) in ThemeParts.Where(t => t.Slug != slug))
        {
            (await page.Locator(otherHero).CountAsync()).ShouldBe(0, $"{other}'s hero on {slug}");
            (await page.Locator(otherCard).CountAsync()).ShouldBe(0, $"{other}'s card on {slug}");
        }

        await page.GotoAsync(site.Url(slug, "/en/products"));
        var cards = await page.Locator(".product-card").CountAsync();
        cards.ShouldBeGreaterThan(0);
        (await page.Locator(card).CountAsync()).ShouldBe(cards, "every card of the listing is the theme's");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("bat-trang", "/", "vi_VN")]
    [InlineData("van-phuc", "/fr/", "fr_FR")]
    [InlineData("dong-ky", "/en/about", "en_US")]
    public async Task Open_Graph_names_the_page_its_type_and_its_locale(string slug, string path, string locale)
    {
        var page = await site.NewPageAsync(1366, 900);
        await page.GotoAsync(site.Url(slug, path));
        var title = await OgAsync(page, "og:title");
        title.ShouldNotBeNullOrWhiteSpace();
        (await page.TitleAsync()).ShouldStartWith(title);
        (await OgAsync(page, "og:type")).ShouldBe("website");
        (await OgAsync(page, "og:locale")).ShouldBe(locale);
        (await OgAsync(page, "og:url")).ShouldStartWith($"http://{slug}.localhost:{site.Port}/");

        // A product page is an og:type product, titled with the product's name.
        await page.GotoAsync(site.Url(slug, path.StartsWith("/fr", StringComparison.Ordinal) ? "/fr/products" : "/en/products"));
        await page.Locator(".product-card a.card-link").First.ClickAsync();
        await page.WaitForURLAsync("**/products/*/*");
        (await OgAsync(page, "og:type")).ShouldBe("product");
        (await OgAsync(page, "og:title")).ShouldBe((await page.Locator("#product-title").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    private static async Task<string?> OgAsync(IPage page, string property) =>
        await page.Locator($"meta[property='{property}']").First.GetAttributeAsync("content");

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
