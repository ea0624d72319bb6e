using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Tests.Support;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Translation;

/// <summary>
/// The machine-translation adapter against a local LibreTranslate-style stub that checks what it is
/// sent (ADR 0068). No real service is called by any test.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class MachineTranslationTests(SqliteCatalogueApp app)
{
    private const string Slug = "van-phuc";

    [Fact]
    public async Task Drafts_come_from_the_associations_service_are_marked_and_are_saved_only_once_confirmed()
    {
        await using var stub = await TranslationServiceStub.StartAsync();
        var admin = await app.Admin(Slug);
        var id = await Create(await app.As(Slug, Producers.LuaVanPhuc), Requests.Product(await app.CategoryId(Slug, "Khăn lụa"), english: false));
        (await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/translations?language=fr&machine=true"))
            .GetProperty("machineProblem").GetString().ShouldBe("No machine-translation service is configured.", "off by default");
        (await admin.GetFromJsonAsync<JsonElement>("/api/catalogue/machine-translation")).GetProperty("on").GetBoolean().ShouldBeFalse();

        var on = await admin.PutAsJsonAsync("/api/catalogue/machine-translation", new { serviceUrl = stub.Url, apiKey = "village-key" });
        on.StatusCode.ShouldBe(HttpStatusCode.OK, await on.Body());
        (await on.Json()).GetProperty("hasKey").GetBoolean().ShouldBeTrue();
        (await on.Body()).ShouldNotContain("village-key", Case.Sensitive, "the key is never shown again");

        var view = await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/translations?language=fr&machine=true");
        var request = stub.Requests.ShouldHaveSingleItem("one request for the product's empty fields");
        request.GetProperty("source").GetString().ShouldBe("vi");
        request.GetProperty("target").GetString().ShouldBe("fr");
        request.GetProperty("api_key").GetString().ShouldBe("village-key");
        request.GetProperty("format").GetString().ShouldBe("text");
        request.GetProperty("q").EnumerateArray().Select(q => q.GetString())
            .ShouldBe(["Bình thử nghiệm men rạn 30 cm", "Bình gốm men rạn làm thử.", "Gốm sành trắng", "Men rạn"]);
        var name = view.GetProperty("fields").EnumerateArray().First();
        name.GetProperty("machineDraft").GetString().ShouldBe("[fr] Bình thử nghiệm men rạn 30 cm");
        name.GetProperty("target").ValueKind.ShouldBe(JsonValueKind.Null, "a machine draft is not a translation until staff confirm it");

        var unconfirmed = await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations",
            new { language = "fr", texts = new { name = "[fr] Bình thử nghiệm men rạn 30 cm" }, machineDrafted = new[] { "name" } });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unconfirmed.Json()).ErrorFields().ShouldBe(["confirmed"]);
        var confirmed = await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations",
            new { language = "fr", texts = new { name = "Vase craquelé d'essai, 30 cm" }, machineDrafted = new[] { "name" }, confirmed = true });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK, await confirmed.Body());

        stub.Requests.Clear();
        await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/translations?language=fr&machine=true");
        stub.Requests.ShouldHaveSingleItem().GetProperty("q").GetArrayLength().ShouldBe(3, "only fields without a translation are sent");

        stub.Status = 500;
        (await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/translations?language=fr&machine=true"))
            .GetProperty("machineProblem").GetString().ShouldBe("The service answered 500.");
        stub.Status = 200;
        stub.Answer = """{"translatedText": ["only one"]}""";
        (await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/translations?language=fr&machine=true"))
            .GetProperty("machineProblem").GetString().ShouldBe("The service answered something other than one translation per text.");
        stub.Answer = null;
        stub.Delay = TimeSpan.FromSeconds(3);
        var slow = await admin.GetAsync($"/api/catalogue/products/{id}/translations?language=fr&machine=true");
        slow.StatusCode.ShouldBe(HttpStatusCode.OK, "a slow service never stops the page");
        (await slow.Json()).GetProperty("machineProblem").GetString().ShouldBe("The service did not answer in time.");
        (await admin.PutAsJsonAsync($"/api/catalogue/products/{id}/translations", new { language = "fr", texts = new { technique = "Craquelé" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK, "saving never waits for the service");

        var off = await admin.PutAsJsonAsync("/api/catalogue/machine-translation", new { serviceUrl = (string?)null });
        (await off.Json()).GetProperty("on").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Only_HTTPS_to_a_public_address_may_be_configured_and_only_by_the_associations_admin()
    {
        var admin = await app.Admin(Slug);
        foreach (var (url, reason) in new[]
                 {
                     ("http://translate.example.com/translate", "HTTPS"), ("https://10.0.0.5/translate", "public"), ("https://localhost/translate", "public"),
                     ("https://[::1]/translate", "public"), ("https://169.254.169.254/latest", "public"), ("ftp://translate.example.com", "full address"),
                 })
        {
            var refused = await admin.PutAsJsonAsync("/api/catalogue/machine-translation", new { serviceUrl = url });
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
            (await refused.Body()).ShouldContain(reason, Case.Sensitive, url);
        }
        (await (await app.ExportDesk(Slug)).PutAsJsonAsync("/api/catalogue/machine-translation", new { serviceUrl = "https://translate.example.com/translate" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.As(Slug, Producers.LuaVanPhuc)).GetAsync("/api/catalogue/machine-translation")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("https://translate.example.com/translate", null)]
    [InlineData("http://127.0.0.1:5000/translate", null)]                   // allowed by configuration (the stub)
    [InlineData("http://127.0.0.2:5000/translate", "HTTPS")]
    [InlineData("https://192.168.1.20/translate", "public")]
    [InlineData("https://100.64.0.1/translate", "public")]
    [InlineData("https://[fd00::1]/translate", "public")]
    [InlineData("https://user:pw@translate.example.com/", "full address")]
    public void The_address_rule(string url, string? refusal)
    {
        var answer = MachineTranslationAddress.Check(url, ["127.0.0.1"]);
        if (refusal is null) answer.ShouldBeNull();
        else answer.ShouldNotBeNull().ShouldContain(refusal);
    }
}
