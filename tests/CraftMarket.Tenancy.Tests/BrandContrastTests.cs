using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Tenancy.Domain;
using CraftMarket.Tenancy.Seed;
using CraftMarket.Testing;

namespace CraftMarket.Tenancy.Tests;

/// <summary>
/// WCAG 2.2 AA for brand colours, checked on save (TenantRules via BrandContrast): the pairs the
/// themes use, each failure reported under the token to change.
/// </summary>
public sealed class BrandContrastTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: true);

    [Fact]
    public void The_contrast_formula_matches_WCAG_reference_values()
    {
        BrandContrast.Ratio("#000000", "#ffffff").ShouldBe(21, 0.01);
        BrandContrast.Ratio("#777777", "#ffffff").ShouldBe(4.48, 0.01);   // the classic just-failing grey
        BrandContrast.Ratio("#ffffff", "#767676").ShouldBe(4.54, 0.01);   // the lightest grey that passes on white
        BrandContrast.Ratio("#4d4d4d", "#ffffff").ShouldBeGreaterThan(4.5, "the indicative-price grey of site.css");
    }

    [Fact]
    public void Every_demo_association_passes()
    {
        foreach (var tenant in DemoTenants.All) BrandContrast.Problems(tenant.Brand.ToBrand()).ShouldBeEmpty(tenant.Slug);
    }

    [Fact]
    public void Each_failing_pair_is_reported_under_its_token()
    {
        var brand = DemoTenants.All[0].Brand.ToBrand() with { TextColor = "#888888", AccentColor = "#777777" };
        var problems = BrandContrast.Problems(brand);
        problems.Keys.ShouldBe(["textColor", "accentColor"], ignoreOrder: true);
        problems["textColor"].ShouldHaveSingleItem().ShouldStartWith("Body text on the background colour has a contrast of 3.");
        problems["accentColor"].ShouldHaveSingleItem().ShouldContain("WCAG AA needs at least 4.5:1");
    }

    [Fact]
    public async Task The_brand_api_refuses_unreadable_colours_per_token_and_keeps_the_old_brand()
    {
        var api = await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        var brand = await api.GetFromJsonAsync<Dictionary<string, object?>>("/api/association/brand");
        brand!["primaryColor"] = "#f0c0d0";    // pale pink: white button text vanishes
        brand["textColor"] = "#aaaaaa";        // light grey body text
        var response = await api.PutAsJsonAsync("/api/association/brand", brand);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["primaryColor", "textColor", "accentColor"], ignoreOrder: true);
        errors.GetProperty("primaryColor").EnumerateArray().Select(e => e.GetString()).ShouldContain(m => m!.StartsWith("White header and button text"));
        (await app.ClientFor("van-phuc").GetStringAsync("/")).ShouldContain("--brand-primary:#8b1e3f");
    }

    [Fact]
    public async Task The_brand_page_shows_the_contrast_problem_beside_the_colour()
    {
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var response = await browser.SubmitAsync("/admin/brand", new Dictionary<string, string>
        {
            ["Form.BrandName"] = "Gốm Bát Tràng", ["Form.ThemeName"] = "bat-trang", ["Form.PrimaryColor"] = "#1f4e79",
            ["Form.AccentColor"] = "#b8860b", ["Form.BackgroundColor"] = "#f7f9fc", ["Form.TextColor"] = "#c0c0c0",
            ["Form.HeadingFont"] = "Georgia, serif", ["Form.BodyFont"] = "system-ui, sans-serif",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("data-valmsg-for=\"Form.TextColor\"");
        html.ShouldMatch("data-valmsg-for=\"Form.TextColor\"[^>]*>Body text on the background colour has a contrast of 1\\.");
        html.ShouldNotContain("Saved.");
        (await app.ClientFor("bat-trang").GetStringAsync("/")).ShouldContain("--brand-text:#14213d");
    }

    public void Dispose() => app.Dispose();
}
