using System.Xml.Linq;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>Each association's sitemap lists its own public pages in every language it speaks, and nothing of anyone else's.</summary>
public sealed class SitemapTests(StorefrontApp app) : IClassFixture<StorefrontApp>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task Lists_only_this_villages_published_products_in_each_language_with_alternates()
    {
        var vases = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var published = await app.ProductAsync("bat-trang", "Sitemap vase", vases);
        var draft = await app.ProductAsync("bat-trang", "Sitemap draft", vases, publish: false);
        var foreign = await app.ProductAsync("van-phuc", "Sitemap silk", await app.CategoryAsync("van-phuc", "Khăn thử", "Test scarves"));

        var response = await app.Browser("bat-trang").GetAsync("/sitemap.xml");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        var xml = XDocument.Parse(await StorefrontApp.Html(response));   // throws if not well-formed
        xml.Root!.Name.ShouldBe(Sm + "urlset");
        var urls = xml.Root.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();

        foreach (var language in new[] { "vi", "en", "ja" })   // Bat Trang's languages
        {
            locs.ShouldContain($"http://bat-trang.localhost/{language}/");
            locs.ShouldContain($"http://bat-trang.localhost/{language}/about");
            locs.ShouldContain($"http://bat-trang.localhost/{language}/products/{published.Id}/sitemap-vase");
        }
        locs.ShouldNotContain(l => l.Contains("/fr/"), "Bat Trang has no French pages");
        locs.ShouldAllBe(l => l.StartsWith("http://bat-trang.localhost/", StringComparison.Ordinal));
        var text = xml.ToString();
        text.ShouldNotContain(draft.Id.ToString());
        text.ShouldNotContain(foreign.Id.ToString());

        var entry = urls.Single(u => u.Element(Sm + "loc")!.Value == $"http://bat-trang.localhost/en/products/{published.Id}/sitemap-vase");
        var alternates = entry.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        alternates.Keys.ShouldBe(["vi", "en", "ja", "x-default"], ignoreOrder: true);
        alternates["ja"].ShouldBe($"http://bat-trang.localhost/ja/products/{published.Id}/sitemap-vase");
        alternates["x-default"].ShouldBe($"http://bat-trang.localhost/products/{published.Id}/sitemap-vase");
    }

    [Fact]
    public async Task The_path_form_keeps_the_village_prefix_and_the_platform_lists_its_landing_page()
    {
        var vases = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var vase = await app.ProductAsync("bat-trang", "Path form vase", vases);
        var village = XDocument.Parse(await StorefrontApp.Html(await app.Browser(null).GetAsync("/v/bat-trang/sitemap.xml")));
        village.Descendants(Sm + "loc").Select(l => l.Value).ShouldContain($"http://localhost/v/bat-trang/en/products/{vase.Id}/path-form-vase");

        var platform = XDocument.Parse(await StorefrontApp.Html(await app.Browser(null).GetAsync("/sitemap.xml")));
        var locs = platform.Descendants(Sm + "loc").Select(l => l.Value).ToList();
        locs.ShouldBe(["http://localhost/en/", "http://localhost/vi/", "http://localhost/fr/", "http://localhost/ja/"], ignoreOrder: true);
    }
}

/// <summary>
/// Past the protocol's URLs per file the sitemap becomes an index of parts. The limit is lowered to
/// 25 here so Bat Trang's demo catalogue (over a hundred URLs in three languages) needs several.
/// </summary>
public sealed class SitemapSplitTests(SitemapSplitTests.App app) : IClassFixture<SitemapSplitTests.App>
{
    public sealed class App() : StorefrontApp(null, new Dictionary<string, string?> { ["CraftMarket:Storefront:SitemapUrlsPerFile"] = "25" });

    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task A_sitemap_past_the_limit_is_an_index_of_parts_that_together_list_every_url_once()
    {
        var vases = await app.CategoryAsync("bat-trang", "Bình hoa chia", "Split vases");
        var vase = await app.ProductAsync("bat-trang", "Split sitemap vase", vases);
        var browser = app.Browser("bat-trang");

        var index = XDocument.Parse(await StorefrontApp.Html(await browser.GetAsync("/sitemap.xml")));
        index.Root!.Name.ShouldBe(Sm + "sitemapindex");
        var partUrls = index.Root.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        partUrls.Count.ShouldBeGreaterThan(2);
        partUrls[0].ShouldBe("http://bat-trang.localhost/sitemap-1.xml");

        var locs = new List<string>();
        foreach (var url in partUrls)
        {
            var part = XDocument.Parse(await StorefrontApp.Html(await browser.GetAsync(new Uri(url).PathAndQuery)));
            part.Root!.Name.ShouldBe(Sm + "urlset");
            var inPart = part.Root.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList();
            inPart.Count.ShouldBeInRange(1, 25);
            locs.AddRange(inPart);
        }
        locs.ShouldBeUnique();
        locs.ShouldContain("http://bat-trang.localhost/en/");
        foreach (var language in new[] { "vi", "en", "ja" })
            locs.ShouldContain($"http://bat-trang.localhost/{language}/products/{vase.Id}/split-sitemap-vase");
        (locs.Count > 25 * (partUrls.Count - 1)).ShouldBeTrue("only the last part may be short");

        (await browser.GetAsync($"/sitemap-{partUrls.Count + 1}.xml")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await browser.GetAsync("/sitemap-0.xml")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Robots_txt_points_at_the_sitemap_index()
    {
        var robots = await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync("/robots.txt"));
        robots.ShouldContain("Sitemap: http://bat-trang.localhost/sitemap.xml");
    }
}
