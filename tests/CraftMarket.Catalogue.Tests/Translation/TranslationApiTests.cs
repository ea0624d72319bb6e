using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Notifications.Contracts;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Translation;

/// <summary>The association's translation step through the API (ADR 0068): queue, suggestions, saving, memory, telling the household.</summary>
[Collection(SharedSite.Name)]
public sealed class TranslationApiTests(SqliteCatalogueApp app)
{
    private const string Slug = "bat-trang";   // sells in English and Japanese

    [Fact]
    public async Task A_Vietnamese_only_product_is_queued_for_translation_translated_with_suggestions_published_and_its_household_told()
    {
        var producer = await app.As(Slug, Producers.PhamThiLan);
        var member = await MemberIdOf(producer);
        var id = await Create(producer, Requests.Product(await app.CategoryId(Slug, "Bình hoa"), english: false));
        (await producer.Post($"/api/catalogue/products/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var waiting = (await Notices(id)).ShouldHaveSingleItem("told once, on submitting without English");
        waiting.GetProperty("recipient").GetProperty("memberId").GetGuid().ShouldBe(member);
        waiting.GetProperty("template").GetString().ShouldBe("notice");
        waiting.GetProperty("values").GetProperty("title").GetString().ShouldBe("Sản phẩm đang chờ dịch");
        waiting.GetProperty("values").GetProperty("text").GetString()!.ShouldContain("Bình thử nghiệm men rạn 30 cm");
        waiting.GetProperty("link").GetString().ShouldBe($"/account/products/{id}");

        var staff = await app.ExportDesk(Slug);
        var queue = await staff.GetFromJsonAsync<JsonElement>("/api/catalogue/review-queue?needsTranslation=true&pageSize=100");
        var row = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        row.GetProperty("untranslated").EnumerateArray().Select(l => l.GetString()).ShouldBe(["en", "fr", "ja"]);

        var view = await staff.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/translations?language=en");
        view.GetProperty("languagesNeeded").EnumerateArray().Select(l => l.GetString()).ShouldBe(["en", "ja"], "Bat Trang sells in English and Japanese, not French");
        var technique = Field(view, "technique");
        technique.GetProperty("source").GetString().ShouldBe("Men rạn");
        var term = technique.GetProperty("glossary").EnumerateArray().ShouldHaveSingleItem();
        term.GetProperty("source").GetString().ShouldBe("Men rạn");
        term.GetProperty("targets").EnumerateArray().Select(t => t.GetString()).ShouldContain("crackle glaze");
        Field(view, "material").GetProperty("glossary").EnumerateArray().Select(t => t.GetProperty("source").GetString()).ShouldContain("Gốm");

        var admin = await app.Admin(Slug);
        var english = new Dictionary<string, string?>
        {
            ["name"] = "Crackle-glaze vase, 30 cm", ["description"] = "A trial crackle-glaze ceramic vase.",
            ["material"] = "White stoneware", ["technique"] = "Crackle glaze",
        };
        var saved = await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new { language = "en", texts = english });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Body());
        var after = await saved.Json();
        after.GetProperty("missing").GetProperty("en").GetArrayLength().ShouldBe(0);
        after.GetProperty("missing").GetProperty("ja").GetArrayLength().ShouldBe(4);
        Field(after, "name").GetProperty("target").GetString().ShouldBe("Crackle-glaze vase, 30 cm");
        (await InQueue(staff, id)).ShouldBeTrue("Japanese is still missing");

        var japanese = await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new
        {
            language = "ja", texts = new Dictionary<string, string?> { ["name"] = "貫入釉の花瓶 30cm", ["description"] = "試作の貫入釉の陶器花瓶。", ["material"] = "白炻器", ["technique"] = "貫入釉" },
        });
        japanese.StatusCode.ShouldBe(HttpStatusCode.OK, await japanese.Body());
        (await InQueue(staff, id)).ShouldBeFalse("every language the village sells in is written");

        (await admin.Post($"/api/catalogue/products/{id}/approve")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var published = (await Notices(id)).Last();
        published.GetProperty("recipient").GetProperty("memberId").GetGuid().ShouldBe(member);
        published.GetProperty("values").GetProperty("title").GetString().ShouldBe("Sản phẩm đã được đăng");
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/history");
        history.EnumerateArray().ShouldContain(c => c.GetProperty("action").GetString() == "edited", "a translation is an audited edit");
    }

    [Fact]
    public async Task Confirmed_translations_are_offered_again_for_the_same_phrase_folded_and_for_a_very_similar_one()
    {
        var token = Guid.NewGuid().ToString("N")[..8];
        var admin = await app.Admin(Slug);
        var vases = await app.CategoryId(Slug, "Bình hoa");
        var first = await Create(await app.As(Slug, Producers.PhamThiLan), WithDescription(Requests.Product(vases, english: false), $"Bình gốm men rạn mã {token}. Nung ở lò gas."));
        (await admin.PutAsJsonAsync($"/api/catalogue/products/{first}/translations", new
        {
            language = "en", texts = new Dictionary<string, string?> { ["description"] = $"Crackle-glaze vase code {token}. Fired in a gas kiln." },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var same = await Create(await app.As(Slug, Producers.PhamThiLan), WithDescription(Requests.Product(vases, english: false), $"BINH GOM  men ran mã {token}. Vẽ tay."));
        var memory = Field(await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{same}/translations?language=en"), "description").GetProperty("memory");
        var exact = memory.EnumerateArray().ShouldHaveSingleItem("the first sentence, folded, was translated before; the second never");
        exact.GetProperty("exact").GetBoolean().ShouldBeTrue();
        exact.GetProperty("segment").GetString().ShouldBe($"BINH GOM  men ran mã {token}.");
        exact.GetProperty("target").GetString().ShouldBe($"Crackle-glaze vase code {token}.");

        var similar = await Create(await app.As(Slug, Producers.PhamThiLan), WithDescription(Requests.Product(vases, english: false), $"Bình gốm men rạn mã {token}. Nung ở lò gaz!"));
        var offered = Field(await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{similar}/translations?language=en"), "description").GetProperty("memory");
        offered.EnumerateArray().ShouldContain(m => !m.GetProperty("exact").GetBoolean() && m.GetProperty("target").GetString() == "Fired in a gas kiln.");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{similar}/translations?language=ja")).GetProperty("fields").EnumerateArray()
            .ShouldAllBe(f => f.GetProperty("memory").GetArrayLength() == 0, "memory is per language");
        var otherVillage = await app.Admin("van-phuc");
        (await otherVillage.GetAsync($"/api/catalogue/products/{similar}/translations?language=en")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_requests_get_clear_errors_and_only_the_associations_staff_reach_translations()
    {
        var producer = await app.As(Slug, Producers.PhamThiLan);
        var id = await Create(producer, Requests.Product(await app.CategoryId(Slug, "Bình hoa"), english: false));
        var admin = await app.Admin(Slug);
        async Task<IEnumerable<string>> Refused(object body)
        {
            var response = await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", body);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Body());
            return (await response.Json()).ErrorFields();
        }
        (await Refused(new { language = "de", texts = new { name = "Vase" } })).ShouldBe(["language"]);
        (await Refused(new { language = "en", texts = new { colour = "ivory" } })).ShouldBe(["texts.colour"]);
        (await Refused(new { language = "en", texts = new { } })).ShouldBe(["texts"]);
        (await Refused(new { language = "en", texts = new { name = "Vase" }, machineDrafted = new[] { "name" } })).ShouldBe(["confirmed"]);
        (await Refused(new { language = "en", texts = new { name = new string('x', 201) } })).ShouldBe(["texts.name"]);
        (await admin.GetAsync($"/api/catalogue/products/{id}/translations?language=xx")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await producer.GetAsync($"/api/catalogue/products/{id}/translations")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "households never reach translations");
        (await producer.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new { language = "en", texts = new { name = "Vase" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor(Slug).GetAsync($"/api/catalogue/products/{id}/translations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.ExportDesk(Slug)).PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new { language = "en", texts = new { name = "Vase" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the export desk reads; admins save");
        var vanPhuc = await app.Admin("van-phuc");
        (await vanPhuc.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new { language = "en", texts = new { name = "Vase" } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "another village's product does not exist there");
        (await admin.PutAsJsonAsync($"/api/catalogue/products/{Guid.NewGuid()}/translations", new { language = "en", texts = new { name = "Vase" } }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await admin.Post($"/api/catalogue/products/{id}/archive")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new { language = "en", texts = new { name = "Vase" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private static JsonElement Field(JsonElement view, string field) =>
        view.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == field);

    private static Dictionary<string, object?> WithDescription(Dictionary<string, object?> body, string vi)
    {
        body["description"] = new Dictionary<string, string?> { ["vi"] = vi };
        return body;
    }

    private static async Task<bool> InQueue(HttpClient staff, Guid id) =>
        (await staff.GetFromJsonAsync<JsonElement>("/api/catalogue/review-queue?needsTranslation=true&pageSize=100"))
            .GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetGuid() == id);

    /// <summary>The notices the catalogue asked the notification centre to send about one product, oldest first.</summary>
    private async Task<List<JsonElement>> Notices(Guid productId)
    {
        await using var scope = app.ScopeFor(Slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        var name = EventName.Of(typeof(NotificationRequested)).Name;
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Name == name).OrderBy(m => m.OccurredAt).ToListAsync();
        return [.. messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone())
            .Where(e => e.GetProperty("link").GetString() == $"/account/products/{productId}")];
    }
}
