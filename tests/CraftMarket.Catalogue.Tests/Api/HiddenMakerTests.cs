using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;

namespace CraftMarket.Catalogue.Tests.Api;

/// <summary>
/// A household that is not listed publicly (invited, or deactivated: it chose to leave the directory)
/// must not be traceable from the products it makes: no public API, page, JSON-LD or search answer
/// carries its id. And public JSON writes ids as plain strings, without internal fields such as the tenant id.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class HiddenMakerTests(SqliteCatalogueApp app)
{
    // Not a village whose whole export another test imports again: a product with a deactivated maker cannot be re-imported.
    private const string Slug = "bat-trang";

    [Fact]
    public async Task No_public_read_carries_the_id_of_a_maker_that_is_not_listed()
    {
        var admin = await app.Admin(Slug);
        var word = "kintsugi" + Guid.NewGuid().ToString("N")[..6];
        var invited = await admin.PostAsJsonAsync("/api/members", new
        {
            kind = "Household", displayName = "Hộ Ẩn Danh " + word, representativeName = "Nguyễn Thị Ẩn", phone = $"091{Random.Shared.Next(1_000_000, 9_999_999)}",
            commune = "Bát Tràng, Gia Lâm, Hà Nội", crafts = new[] { "gốm" }, languages = new[] { "vi" }, canSignContracts = false,
        });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Body());
        var hidden = (await invited.Json()).GetProperty("id").GetGuid();
        (await admin.Post($"/api/members/{hidden}/activate")).IsSuccessStatusCode.ShouldBeTrue();

        var body = Requests.Product(await app.CategoryId(Slug, await FirstCategoryVi()), makers: [hidden]);
        ((Dictionary<string, string?>)body["name"]!)["en"] = "Silk scarf " + word;
        var id = await app.Publish(Slug, admin, body);
        (await admin.Post($"/api/members/{hidden}/deactivate")).IsSuccessStatusCode.ShouldBeTrue("the household leaves the directory");
        await app.WaitForOutboxesAsync();

        var anonymous = app.ClientFor(Slug, followRedirects: true);
        var tenant = app.TenantIdOf(Slug).Value.ToString();
        var detail = await anonymous.GetAsync($"/api/catalogue/public/products/{id}");
        detail.StatusCode.ShouldBe(HttpStatusCode.OK, "the product stays published");
        var json = await detail.Body();
        json.ShouldNotContain(hidden.ToString(), Case.Insensitive, "the public product API");
        json.ShouldNotContain(tenant, Case.Insensitive);
        json.ShouldNotContain("tenantId", Case.Insensitive);
        json.ShouldNotContain("isEmpty", Case.Insensitive);
        var parsed = await detail.Json();
        parsed.GetProperty("product").GetProperty("id").GetString().ShouldBe(id.ToString(), "ids are plain strings");
        parsed.GetProperty("product").GetProperty("categoryId").ValueKind.ShouldBe(JsonValueKind.String);
        parsed.GetProperty("makers").EnumerateArray().ShouldContain(m => m.GetProperty("id").ValueKind == JsonValueKind.Null, "shown by its kind only");

        var page = await anonymous.GetStringAsync($"/products/{id}");
        page.ShouldContain(word, customMessage: "the product page itself is served");
        page.ShouldNotContain(hidden.ToString(), Case.Insensitive, "the page HTML and its JSON-LD");
        page.ShouldNotContain(tenant, Case.Insensitive);

        foreach (var url in new[] { $"/api/search?q={word}", $"/api/search/suggest?q={word[..8]}", "/api/catalogue/public/products?pageSize=100&sort=newest", "/api/public/members?pageSize=100" })
        {
            var answer = await anonymous.GetAsync(url);
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            (await answer.Body()).ShouldNotContain(hidden.ToString(), Case.Insensitive, url);
        }
        (await anonymous.GetAsync($"/api/public/members/{hidden}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetStringAsync($"/api/search?q={word}")).ShouldContain(id.ToString(), customMessage: "search found the product");
    }

    [Fact]
    public async Task Public_and_staff_json_write_typed_ids_as_strings_and_no_tenant_id()
    {
        var anonymous = app.ClientFor(Slug);
        var list = await anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/public/products?pageSize=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();
        var tenant = app.TenantIdOf(Slug).Value.ToString();
        foreach (var url in new[] { "/api/catalogue/public/products?pageSize=5", $"/api/catalogue/public/products/{id}", "/api/catalogue/public/categories",
            "/api/public/members", "/api/search?q=b%C3%ACnh", "/api/search/suggest?q=b%C3%AC" })
        {
            var response = await anonymous.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var text = await response.Body();
            text.ShouldNotContain("isEmpty", Case.Insensitive, url);
            text.ShouldNotMatch("\"value\":\"[0-9a-f]{8}-", url);   // facet values are words; an id never goes out as {"value": …}
            text.ShouldNotContain(tenant, Case.Insensitive, url);
        }

        var staff = await (await app.Admin(Slug)).GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}");
        staff.GetProperty("makers").EnumerateArray().ShouldAllBe(m => m.ValueKind == JsonValueKind.String, "typed ids in staff answers too");
    }

    private async Task<string> FirstCategoryVi()
    {
        var categories = await app.ClientFor(Slug).GetFromJsonAsync<JsonElement>("/api/catalogue/public/categories");
        return categories[0].GetProperty("name").GetProperty("vi").GetString()!;
    }
}
