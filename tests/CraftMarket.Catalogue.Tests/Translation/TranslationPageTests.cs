using System.Net;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Translation;

/// <summary>The staff translation page and the review queue's languages, as plain forms (ADR 0068).</summary>
[Collection(SharedSite.Name)]
public sealed class TranslationPageTests(SqliteCatalogueApp app)
{
    private const string Slug = "bat-trang";

    [Fact]
    public async Task Staff_translate_beside_the_Vietnamese_with_glossary_and_memory_suggestions_and_the_queue_shows_what_each_product_needs()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var vases = await app.CategoryId(Slug, "Bình hoa");
        var earlier = await Create(await app.As(Slug, Producers.PhamThiLan), Requests.Product(vases, english: false));
        (await (await app.Admin(Slug)).PutAsJsonAsync($"/api/catalogue/products/{earlier}/translations",
            new { language = "en", texts = new { material = $"White stoneware {token}" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var id = await Create(await app.As(Slug, Producers.PhamThiLan), Requests.Product(vases, english: false));
        (await (await app.As(Slug, Producers.PhamThiLan)).Post($"/api/catalogue/products/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ClientFor(Slug).SignedInWithCookie(Auth.AssociationAdmin(Slug));
        var queue = await admin.GetStringAsync("/admin/catalogue?NeedsTranslation=true");
        queue.ShouldContain($"href=\"/admin/catalogue/{id}/translate?language=en\"");
        queue.ShouldContain("data-language=\"ja\"", customMessage: "Bat Trang sells in Japanese too");
        queue.ShouldNotContain("data-language=\"fr\"", Case.Sensitive, "but not in French");

        var page = await admin.GetStringAsync($"/admin/catalogue/{id}/translate?language=en");
        page.ShouldContain("<p class=\"source\" lang=\"vi\">Men rạn</p>");
        page.ShouldContain("name=\"Texts[technique]\"");
        page.ShouldContain("<span lang=\"en\">crackle glaze</span>", customMessage: "the glossary's term for men rạn");
        page.ShouldContain($"White stoneware {token}", customMessage: "the memory offers what was confirmed for Gốm sành trắng");

        var saved = await admin.SubmitAsync($"/admin/catalogue/{id}/translate?language=en", new Dictionary<string, string>
        {
            ["Texts[name]"] = "Crackle vase, 30 cm", ["Texts[description]"] = "A trial crackle-glaze vase.",
            ["Texts[material]"] = "White stoneware", ["Texts[technique]"] = "Crackle glaze",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var product = await (await (await app.Admin(Slug)).GetAsync($"/api/catalogue/products/{id}")).Json();
        product.GetProperty("name").GetProperty("en").GetString().ShouldBe("Crackle vase, 30 cm");

        var refused = await admin.SubmitAsync($"/admin/catalogue/{id}/translate?language=en", new Dictionary<string, string>
        {
            ["Texts[name]"] = "Machine vase", ["MachineDrafted"] = "name",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("confirm them before saving");

        var household = await app.ClientFor(Slug).SignedInWithCookie("0904 118 273");
        (await household.GetAsync($"/admin/catalogue/{id}/translate")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        var otherVillage = await app.ClientFor("van-phuc").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        (await otherVillage.GetAsync($"/admin/catalogue/{id}/translate")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
