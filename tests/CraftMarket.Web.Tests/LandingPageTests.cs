using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>The platform host's landing page: every active village in its own colours, and some of each one's products, linked on the village's own site.</summary>
public sealed partial class LandingPageTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    [Fact]
    public async Task Lists_each_village_in_its_colours_with_featured_products_linked_to_the_village()
    {
        var response = await app.ClientFor(null).GetAsync("/en/?currency=EUR");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var (slug, primary, brand) in new[] { ("bat-trang", "#1f4e79", "Gốm Bát Tràng"), ("van-phuc", "#8b1e3f", "Lụa Vạn Phúc"), ("dong-ky", "#6b4423", "Đồ gỗ Đồng Kỵ") })
        {
            html.ShouldContain($"--card-color: {primary}");
            html.ShouldContain(brand);
            html.ShouldContain($"href=\"http://{slug}.localhost/en/\"", customMessage: "the reader's language carries over to the village");
            ProductLink(slug).Count(html).ShouldBeGreaterThanOrEqualTo(1, $"a featured product of {slug}, on its own site");
        }
        html.ShouldContain("(indicative)");
        html.ShouldContain("€");   // converted at each village's own EUR rate
    }

    private static Regex ProductLink(string slug) => new($"class=\"card-link\" href=\"http://{slug}\\.localhost/en/products/[0-9a-f-]{{36}}/[a-z0-9-]+\"");
}
