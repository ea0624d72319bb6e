using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;

namespace CraftMarket.Tenancy.Tests;

/// <summary>The association writes its story and facts (API and /admin/brand); Vietnamese is required, the rest optional.</summary>
public sealed class VillageStoryEditTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: true);

    [Fact]
    public async Task The_api_requires_the_Vietnamese_story_and_sane_facts_with_problem_details()
    {
        var api = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"));
        var response = await api.PutAsJsonAsync("/api/association/story", new
        {
            story = new { vi = " ", en = "English only" }, households = 0, location = new { vi = new string('x', 301) },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["story.vi", "households", "location.vi"], ignoreOrder: true);
        (await app.ClientFor("dong-ky").GetStringAsync("/en/")).ShouldContain("hand-carved tables", customMessage: "the old story stays");

        var saved = await api.PutAsJsonAsync("/api/association/story", new
        {
            story = new { vi = "Làng mộc Đồng Kỵ.", en = "  The Dong Ky joinery village.  " }, households = 350,
            location = new { vi = "Từ Sơn, Bắc Ninh" },
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var home = WebUtility.HtmlDecode(await app.ClientFor("dong-ky").GetStringAsync("/en/"));
        home.ShouldContain("<p class=\"tagline\" lang=\"en\">The Dong Ky joinery village.</p>");
        home.ShouldContain("<span lang=\"vi\">Từ Sơn, Bắc Ninh</span>");
        home.ShouldContain("350");
        home.ShouldNotContain("Formerly a firecracker village", customMessage: "facts left empty are gone");
    }

    [Fact]
    public async Task Another_villages_admin_cannot_write_this_villages_story()
    {
        var vanPhucAdminOnBatTrang = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        (await vanPhucAdminOnBatTrang.PutAsJsonAsync("/api/association/story", new { story = new { vi = "Chiếm quyền" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await vanPhucAdminOnBatTrang.GetAsync("/api/association/story")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor("bat-trang").GetStringAsync("/vi/")).ShouldNotContain("Chiếm quyền");
    }

    [Fact]
    public async Task The_brand_page_edits_the_story_per_language_and_points_at_a_missing_Vietnamese_text()
    {
        var browser = await app.ClientFor("van-phuc").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync("/admin/brand"));
        page.ShouldContain("name=\"Story.Values[StoryFr]\"", customMessage: "Van Phuc offers French");
        page.ShouldNotContain("name=\"Story.Values[StoryJa]\"", customMessage: "but not Japanese");
        page.ShouldContain("Soie de Van Phuc");

        var refused = WebUtility.HtmlDecode(await (await browser.SubmitAsync("/admin/brand", new Dictionary<string, string>
        {
            ["Story.Values[StoryVi]"] = "", ["Story.Values[StoryEn]"] = "Silk from Van Phuc.",
        }, "/admin/brand?handler=story")).Content.ReadAsStringAsync());
        refused.ShouldContain("Write the brand story in Vietnamese; other languages are optional.");
        refused.ShouldContain("Silk from Van Phuc.", customMessage: "what was typed is kept");

        var saved = WebUtility.HtmlDecode(await (await browser.SubmitAsync("/admin/brand", new Dictionary<string, string>
        {
            ["Story.Values[StoryVi]"] = "Lụa Vạn Phúc, dệt tay.", ["Story.Values[StoryFr]"] = "Soie tissée à la main.",
            ["Story.Households"] = "812",
        }, "/admin/brand?handler=story")).Content.ReadAsStringAsync());
        saved.ShouldContain("Đã lưu câu chuyện.");
        var french = WebUtility.HtmlDecode(await app.ClientFor("van-phuc").GetStringAsync("/fr/"));
        french.ShouldContain("<p class=\"tagline\" lang=\"fr\">Soie tissée à la main.</p>");
        french.ShouldContain("812");
        var english = WebUtility.HtmlDecode(await app.ClientFor("van-phuc").GetStringAsync("/en/"));
        english.ShouldContain("<p class=\"tagline\" lang=\"vi\">Lụa Vạn Phúc, dệt tay.</p>", customMessage: "no English any more: Vietnamese, marked vi");
    }

    public void Dispose() => app.Dispose();
}
