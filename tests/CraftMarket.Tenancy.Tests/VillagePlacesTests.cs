using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Tenancy.Tests;

/// <summary>
/// Where a village is and what it makes (ADR 0082): set by the platform admin through the API and the
/// admin page, checked against the fixed lists, and carried on <see cref="ResolvedTenant"/> for the
/// landing page. One started site for the class.
/// </summary>
public sealed class VillagePlacesTests(VillagePlacesTests.App app) : IClassFixture<VillagePlacesTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true);

    private static object Village(string slug, string? province, string? craft) => new
    {
        slug, nameVi = "Làng đúc đồng Đại Bái", nameEn = "Dai Bai Bronze Casting Village", province, craft,
        brand = new { brandName = "Đồng Đại Bái", themeName = "base", primaryColor = "#7a4b12" },
    };

    private ResolvedTenant? InDirectory(string slug) => app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug);

    [Fact]
    public async Task The_platform_admin_sets_province_and_craft_and_the_directory_carries_them()
    {
        var api = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        var created = await api.PostAsJsonAsync("/api/platform/tenants", Village("dai-bai", "bac-ninh", "bronze-casting"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var settings = json.RootElement.GetProperty("settings");
        settings.GetProperty("province").GetString().ShouldBe("bac-ninh");
        settings.GetProperty("craft").GetString().ShouldBe("bronze-casting");
        InDirectory("dai-bai").ShouldNotBeNull().Province.ShouldBe("bac-ninh");
        InDirectory("dai-bai")!.Craft.ShouldBe("bronze-casting");

        var id = json.RootElement.GetProperty("id").GetString();
        var changed = await api.PutAsJsonAsync($"/api/platform/tenants/{id}", Village("dai-bai", " Ha-Noi ", "SILVER"));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        InDirectory("dai-bai")!.Province.ShouldBe("ha-noi", "codes are trimmed and lower-cased");
        InDirectory("dai-bai")!.Craft.ShouldBe("silver");

        (await api.PutAsJsonAsync($"/api/platform/tenants/{id}", Village("dai-bai", null, null))).StatusCode.ShouldBe(HttpStatusCode.OK);
        InDirectory("dai-bai")!.Province.ShouldBeNull("left out: not set");
    }

    [Fact]
    public async Task An_unknown_province_or_craft_is_refused_with_field_errors_and_nothing_is_stored()
    {
        var api = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        var refused = await api.PostAsJsonAsync("/api/platform/tenants", Village("phu-lang", "ha-tay", "alchemy"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        errors.GetProperty("province")[0].GetString()!.ShouldContain("bac-ninh", customMessage: "the message lists the codes");
        errors.GetProperty("craft")[0].GetString()!.ShouldContain("ceramics");
        InDirectory("phu-lang").ShouldBeNull();

        // Ha Tay province was merged into Hanoi in 2008; Bac Giang into Bac Ninh in 2025: not in the list.
        var batTrang = InDirectory("bat-trang")!;
        var edit = await api.PutAsJsonAsync($"/api/platform/tenants/{batTrang.Id.Value}", Village("bat-trang", "bac-giang", "ceramics"));
        edit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        InDirectory("bat-trang")!.Province.ShouldBe("ha-noi");
    }

    [Fact]
    public async Task The_admin_page_offers_the_lists_and_saves_the_choice()
    {
        var browser = await app.ClientFor(null).SignedInWithCookie(Auth.PlatformAdmin);
        var form = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/tenants/new"));
        form.ShouldContain("<option value=\"an-giang\" lang=\"vi\">An Giang</option>");
        form.ShouldContain("<option value=\"conical-hats\">");
        var saved = await browser.SubmitAsync("/admin/tenants/new", new Dictionary<string, string>
        {
            ["Form.Slug"] = "chuong", ["Form.NameVi"] = "Làng nón Chuông", ["Form.NameEn"] = "Chuong Conical Hat Village",
            ["Form.DefaultLanguage"] = "vi", ["Form.SupportedLanguages"] = "vi, en", ["Form.Province"] = "ha-noi", ["Form.Craft"] = "conical-hats",
            ["Form.Brand.BrandName"] = "Nón Chuông", ["Form.Brand.ThemeName"] = "base", ["Form.Brand.PrimaryColor"] = "#2f5d50",
            ["Form.Brand.AccentColor"] = "#c8963e", ["Form.Brand.BackgroundColor"] = "#fbf8f3", ["Form.Brand.TextColor"] = "#1f1f1f",
            ["Form.Brand.HeadingFont"] = "Georgia, serif", ["Form.Brand.BodyFont"] = "system-ui, sans-serif",
        }, "/admin/tenants/new?handler=save");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        InDirectory("chuong").ShouldNotBeNull().Craft.ShouldBe("conical-hats");
        InDirectory("chuong")!.Province.ShouldBe("ha-noi");
    }

    [Fact]
    public void The_demo_villages_have_their_real_places_and_crafts()
    {
        foreach (var (slug, province, craft) in new[] { ("bat-trang", "ha-noi", "ceramics"), ("van-phuc", "ha-noi", "silk"), ("dong-ky", "bac-ninh", "wood-carving") })
        {
            _ = app.ClientFor(null);
            InDirectory(slug).ShouldNotBeNull().Province.ShouldBe(province);
            InDirectory(slug)!.Craft.ShouldBe(craft);
        }
    }

    [Fact]
    public void The_lists_are_the_34_provinces_of_2025_and_crafts_named_in_four_languages()
    {
        Province.All.Count.ShouldBe(34);
        Province.All.Select(p => p.Code).Distinct().Count().ShouldBe(34);
        // Codes are the Vietnamese name without marks (the city of Ho Chi Minh without "Thành phố").
        Province.All.Where(p => p.Code != "ho-chi-minh").ShouldAllBe(p => TextFolding.Slug(p.NameVi, 60) == p.Code);
        Craft.All.Select(c => c.Code).Distinct().Count().ShouldBe(Craft.All.Count);
        Craft.All.ShouldAllBe(c => c.NameVi.Length > 0 && c.NameEn.Length > 0 && c.NameFr.Length > 0 && c.NameJa.Length > 0);
    }
}
