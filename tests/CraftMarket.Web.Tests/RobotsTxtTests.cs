using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

public sealed class RobotsTxtTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    [Fact]
    public async Task Each_host_points_at_its_own_sitemap_and_closes_private_areas_in_every_language()
    {
        var robots = await app.ClientFor("bat-trang").GetStringAsync("/robots.txt");
        robots.ShouldContain("User-agent: *");
        robots.ShouldContain("Sitemap: http://bat-trang.localhost/sitemap.xml");
        foreach (var area in new[] { "/account", "/admin", "/api" })
        {
            robots.ShouldContain($"Disallow: {area}\n");
            foreach (var language in new[] { "vi", "en", "ja" }) robots.ShouldContain($"Disallow: /{language}{area}\n");
        }
        robots.ShouldNotContain("/fr/", Case.Sensitive, "Bat Trang has no French pages");

        var platform = await app.ClientFor(null).GetStringAsync("/robots.txt");
        platform.ShouldContain("Sitemap: http://localhost/sitemap.xml");
        platform.ShouldContain("Disallow: /v/*/admin");
    }
}
