using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Isolation;

/// <summary>
/// Bat Trang's admin can never rename, retire, restore or reorder a Van Phuc category (API or the
/// categories page), and Bat Trang's listing filtered by a Van Phuc category shows none of Van
/// Phuc's products. Van Phuc's admin doing the same to its own category proves each check could fail.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class CategoryIsolationTests(SqliteCatalogueApp app)
{
    private sealed record Snapshot(string Vi, int Position, bool Retired);

    private async Task<(Guid Id, string Vi)> VanPhucCategory()
    {
        var vi = "Khăn cô lập " + Guid.NewGuid().ToString("N")[..6];
        var created = await (await app.Admin("van-phuc")).PostAsJsonAsync("/api/catalogue/categories", new { name = new { vi, en = "Isolation scarves" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return ((await created.Json()).GetProperty("id").GetGuid(), vi);
    }

    private async Task<Snapshot> StateOf(Guid id)
    {
        var all = await (await app.Admin("van-phuc")).GetFromJsonAsync<JsonElement>("/api/catalogue/categories");
        var c = all.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        return new(c.GetProperty("name").GetProperty("vi").GetString()!, c.GetProperty("position").GetInt32(), c.GetProperty("retired").GetBoolean());
    }

    [Fact]
    public async Task Bat_Trang_cannot_rename_retire_restore_or_reorder_a_Van_Phuc_category_through_the_api()
    {
        var (id, vi) = await VanPhucCategory();
        var before = await StateOf(id);
        var batTrang = await app.Admin("bat-trang");
        var vanPhucAdminOnBatTrang = app.ClientFor("bat-trang");
        vanPhucAdminOnBatTrang.DefaultRequestHeaders.Authorization = (await app.Admin("van-phuc")).DefaultRequestHeaders.Authorization;
        var batTrangIds = (await batTrang.GetFromJsonAsync<JsonElement>("/api/catalogue/categories")).EnumerateArray()
            .Select(c => c.GetProperty("id").GetGuid()).ToList();

        foreach (var client in new[] { batTrang, vanPhucAdminOnBatTrang })
        {
            var rename = await client.PutAsJsonAsync($"/api/catalogue/categories/{id}", new { name = new { vi = "Chiếm quyền" } });
            rename.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            (await rename.Content.ReadAsStringAsync()).ShouldNotContain(vi);
            (await client.Post($"/api/catalogue/categories/{id}/retire")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            (await client.Post($"/api/catalogue/categories/{id}/restore")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            // Bat Trang's own ids plus Van Phuc's, first: refused, and Van Phuc's order is untouched.
            var order = await client.PutAsJsonAsync("/api/catalogue/categories/order", new { ids = batTrangIds.Prepend(id) });
            order.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden);
            (await client.PutAsJsonAsync("/api/catalogue/categories/order", new { ids = new[] { id } }))
                .StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden);
        }
        (await StateOf(id)).ShouldBe(before);

        // The same calls by Van Phuc's admin on Van Phuc do work: the checks above could fail.
        var owner = await app.Admin("van-phuc");
        (await owner.Post($"/api/catalogue/categories/{id}/retire")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateOf(id)).Retired.ShouldBeTrue();
        (await owner.Post($"/api/catalogue/categories/{id}/restore")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bat_Trangs_categories_page_handlers_answer_404_for_a_Van_Phuc_category()
    {
        var (id, _) = await VanPhucCategory();
        var before = await StateOf(id);
        var admin = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var token = Forms.Antiforgery(await admin.GetStringAsync("/admin/catalogue/categories"));

        var attempts = new (string Handler, Dictionary<string, string> Fields)[]
        {
            ("Rename", new() { ["vi"] = "Chiếm quyền", ["en"] = "Taken" }),
            ("Retire", new()), ("Restore", new()),
            ("Move", new() { ["by"] = "1" }), ("Move", new() { ["by"] = "-1" }),
        };
        foreach (var (handler, fields) in attempts)
        {
            var response = await admin.PostFormAsync($"/admin/catalogue/categories?handler={handler}&id={id}", fields, token);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, handler);
        }
        (await StateOf(id)).ShouldBe(before);

        var owner = await app.ClientFor("van-phuc").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        var ownerToken = Forms.Antiforgery(await owner.GetStringAsync("/admin/catalogue/categories"));
        (await owner.PostFormAsync($"/admin/catalogue/categories?handler=Retire&id={id}", new Dictionary<string, string>(), ownerToken))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect, "sanity: the owner's handler is reached");
        (await owner.PostFormAsync($"/admin/catalogue/categories?handler=Restore&id={id}", new Dictionary<string, string>(), ownerToken))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Bat_Trangs_listing_filtered_by_a_Van_Phuc_category_shows_none_of_Van_Phucs_products()
    {
        var producer = await app.As("van-phuc", Producers.LuaVanPhuc);
        var scarves = await app.CategoryId("van-phuc", "Khăn lụa");
        var published = await app.Publish("van-phuc", producer, Requests.Product(scarves));
        (await app.ClientFor("van-phuc").GetStringAsync($"/en/products?category={scarves}")).ShouldContain(published.ToString(), customMessage: "sanity");

        foreach (var path in new[] { $"/en/products?category={scarves}", $"/vi/products?category={scarves}&p=2",
                     $"/api/catalogue/public/products?category={scarves}" })
        {
            var response = await app.ClientFor("bat-trang").GetAsync(path);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.NotFound);
            var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            body.ShouldNotContain(published.ToString(), customMessage: path);
            // Case-sensitive: the search box's placeholder says "khăn lụa" on every village's pages.
            body.ShouldNotContain("Khăn lụa", Case.Sensitive, path);
        }
    }
}
