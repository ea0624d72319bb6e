using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;

namespace CraftMarket.Catalogue.Tests.Api;

[Collection(SharedSite.Name)]
public sealed class CategoryApiTests(SqliteCatalogueApp app)
{
    [Fact]
    public async Task The_association_adds_renames_reorders_and_retires_empty_categories()
    {
        var admin = await app.Admin("dong-ky");
        var created = await admin.PostAsJsonAsync("/api/catalogue/categories", new { name = new { vi = "Đồ thờ", en = "Altar pieces" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Body());
        var id = (await created.Json()).GetProperty("id").GetGuid();

        var duplicate = await admin.PostAsJsonAsync("/api/catalogue/categories", new { name = new { vi = "đồ THỜ" } });
        (await duplicate.Json()).ErrorFields().ShouldBe(["name.vi"]);
        (await (await admin.PostAsJsonAsync("/api/catalogue/categories", new { name = new { en = "No Vietnamese" } })).Json()).ErrorFields().ShouldBe(["name.vi"]);

        var renamed = await admin.PutAsJsonAsync($"/api/catalogue/categories/{id}", new { name = new { vi = "Đồ thờ cúng", en = "Altar furniture", fr = "Mobilier d'autel" } });
        (await renamed.Json()).GetProperty("name").GetProperty("fr").GetString().ShouldBe("Mobilier d'autel");

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/catalogue/categories");
        var order = list.EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        order[^1].ShouldBe(id);
        var reordered = await admin.PutAsJsonAsync("/api/catalogue/categories/order", new { ids = order.Prepend(id).Distinct() });
        reordered.StatusCode.ShouldBe(HttpStatusCode.OK, await reordered.Body());
        var publicNames = await app.ClientFor("dong-ky").GetFromJsonAsync<JsonElement>("/api/catalogue/public/categories");
        publicNames[0].GetProperty("name").GetProperty("vi").GetString().ShouldBe("Đồ thờ cúng");
        (await (await admin.PutAsJsonAsync("/api/catalogue/categories/order", new { ids = order.Take(2) })).Json()).ErrorFields().ShouldBe(["ids"]);

        var tables = list.EnumerateArray().First(c => c.GetProperty("name").GetProperty("vi").GetString() == "Bàn").GetProperty("id").GetGuid();
        var inUse = await admin.Post($"/api/catalogue/categories/{tables}/retire");
        inUse.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.Post($"/api/catalogue/categories/{id}/retire")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor("dong-ky").GetFromJsonAsync<JsonElement>("/api/catalogue/public/categories"))
            .EnumerateArray().ShouldNotContain(c => c.GetProperty("id").GetGuid() == id, "retired categories are no longer offered");
        var body = Requests.Product(id);
        (await (await admin.PostAsJsonAsync("/api/catalogue/products", body)).Json()).ErrorFields().ShouldContain("categoryId");
        (await admin.Post($"/api/catalogue/categories/{id}/restore")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
