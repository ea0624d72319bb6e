using System.Net;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// Each theme's own partials are what its association's pages render: Bat Trang's porcelain tile
/// and Van Phuc's silk swatch for product cards, both over the base; Dong Ky has no theme and gets
/// the base card, styled by its tokens.
/// </summary>
public sealed class ThemeTests(StorefrontApp app) : IClassFixture<StorefrontApp>
{
    [Theory]
    [InlineData("bat-trang", "card-porcelain", "hero-porcelain")]
    [InlineData("van-phuc", "card-silk", "hero-silk")]
    [InlineData("dong-ky", "card-base", "hero-base")]
    public async Task Each_association_renders_its_themes_card_and_hero(string slug, string card, string hero)
    {
        await app.ProductAsync(slug, "Themed " + slug, await app.CategoryAsync(slug, "Danh mục giao diện", "Theme category"));
        string[] cards = ["card-porcelain", "card-silk", "card-base"];
        string[] heroes = ["hero-porcelain", "hero-silk", "hero-base"];

        foreach (var path in new[] { "/en/products", "/en/" })
        {
            var html = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser(slug).GetAsync(path)));
            html.ShouldContain($"class=\"product-card {card}\"", customMessage: $"{slug} {path}");
            foreach (var other in cards.Where(c => c != card)) html.ShouldNotContain($"product-card {other}");
            if (path == "/en/")
            {
                html.ShouldContain($"class=\"hero {hero}\"");
                foreach (var other in heroes.Where(h => h != hero)) html.ShouldNotContain(other);
            }
        }
    }

    [Fact]
    public async Task A_theme_inherits_the_base_stylesheet_and_adds_its_own()
    {
        var html = await StorefrontApp.Html(await app.Browser("van-phuc").GetAsync("/en/"));
        var baseCss = html.IndexOf("/themes/base/site.", StringComparison.Ordinal);
        var ownCss = html.IndexOf("/themes/van-phuc/theme.", StringComparison.Ordinal);
        baseCss.ShouldBeGreaterThan(0);
        ownCss.ShouldBeGreaterThan(baseCss, "the child theme's rules come after the base's");
        (await StorefrontApp.Html(await app.Browser("dong-ky").GetAsync("/en/"))).ShouldNotContain("/themes/van-phuc/");
    }
}
