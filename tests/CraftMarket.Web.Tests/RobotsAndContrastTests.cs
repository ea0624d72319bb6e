using System.Globalization;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

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

/// <summary>
/// WCAG 2.2 AA for the demo associations' brand tokens, as the themes use them: body text on the
/// background, links (primary) on the background and on white cards, white header and button text
/// on primary, and text on the accent (Van Phuc's ribbons). 4.5:1 for all of it, as it is normal-size text.
/// </summary>
public sealed class BrandContrastTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    [Theory]
    [InlineData("bat-trang")]
    [InlineData("van-phuc")]
    [InlineData("dong-ky")]
    public void Demo_brand_colours_meet_AA_for_text(string slug)
    {
        var brand = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.Brand;
        Ratio(brand.TextColor, brand.BackgroundColor).ShouldBeGreaterThanOrEqualTo(4.5, "body text");
        Ratio(brand.PrimaryColor, brand.BackgroundColor).ShouldBeGreaterThanOrEqualTo(4.5, "links on the page");
        Ratio(brand.PrimaryColor, "#ffffff").ShouldBeGreaterThanOrEqualTo(4.5, "links and titles on cards; white header text");
        Ratio(brand.TextColor, brand.AccentColor).ShouldBeGreaterThanOrEqualTo(4.5, "text on accent ribbons");
        Ratio(brand.TextColor, "#ffffff").ShouldBeGreaterThanOrEqualTo(3, "the focus ring against white cards");
    }

    [Fact]
    public void The_contrast_formula_matches_WCAG_reference_values()
    {
        Ratio("#000000", "#ffffff").ShouldBe(21, 0.01);
        Ratio("#777777", "#ffffff").ShouldBe(4.48, 0.01);   // the classic just-failing grey
        Ratio("#4d4d4d", "#ffffff").ShouldBeGreaterThan(4.5, "the indicative-price grey of site.css");
    }

    private static double Ratio(string a, string b)
    {
        double L(string hex)
        {
            double C(int at)
            {
                var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * C(1) + 0.7152 * C(3) + 0.0722 * C(5);
        }
        var (x, y) = (L(a), L(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }
}
