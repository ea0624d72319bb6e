using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Isolation;

/// <summary>
/// Bat Trang's staff and producers can never read or change a Van Phuc product through any catalogue
/// endpoint or page, and one village's public catalogue never shows another's products. Van Phuc's
/// own admin reading the same product proves each check could fail.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class TenantIsolationTests(SqliteCatalogueApp app)
{
    private async Task<(Guid Draft, Guid Published, string Sku)> VanPhucProducts()
    {
        var producer = await app.As("van-phuc", Producers.LuaVanPhuc);
        var scarves = await app.CategoryId("van-phuc", "Khăn lụa");
        var sku = Requests.UniqueSku("VPX");
        var draft = await Create(producer, Requests.Product(scarves, sku: sku));
        var published = await app.Publish("van-phuc", producer, Requests.Product(scarves));
        return (draft, published, sku);
    }

    [Fact]
    public async Task Bat_Trang_callers_get_404_for_every_Van_Phuc_product_endpoint()
    {
        var (draft, published, _) = await VanPhucProducts();
        var owner = await app.Admin("van-phuc");
        (await owner.GetAsync($"/api/catalogue/products/{draft}")).StatusCode.ShouldBe(HttpStatusCode.OK, "sanity: the owner sees it");

        var callers = new[] { await app.Admin("bat-trang"), await app.ExportDesk("bat-trang"), await app.As("bat-trang", Producers.MinhHai) };
        var vanPhucAdminOnBatTrang = app.ClientFor("bat-trang");
        vanPhucAdminOnBatTrang.DefaultRequestHeaders.Authorization = owner.DefaultRequestHeaders.Authorization;
        var body = Requests.Product(await app.CategoryId("bat-trang", "Bình hoa"));
        foreach (var client in callers.Append(vanPhucAdminOnBatTrang))
            foreach (var id in new[] { draft, published })
            {
                foreach (var path in new[] { $"/api/catalogue/products/{id}", $"/api/catalogue/products/{id}/history" })
                    (await client.GetAsync(path)).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
                (await client.PutAsJsonAsync($"/api/catalogue/products/{id}", body)).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.BadRequest);
                foreach (var step in new[] { "submit", "approve", "archive" })
                    (await client.Post($"/api/catalogue/products/{id}/{step}")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
                (await client.Post($"/api/catalogue/products/{id}/request-changes", new { comment = "x" })).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
                (await app.ClientFor("bat-trang").GetAsync($"/api/catalogue/public/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }

        // Nothing changed: the owner still sees both as before.
        (await (await owner.GetAsync($"/api/catalogue/products/{draft}")).Json()).GetProperty("status").GetString().ShouldBe("Draft");
        (await (await owner.GetAsync($"/api/catalogue/products/{published}")).Json()).GetProperty("status").GetString().ShouldBe("Published");
    }

    [Fact]
    public async Task Lists_exports_imports_and_public_catalogues_stay_within_their_village()
    {
        var (draft, published, sku) = await VanPhucProducts();
        var batTrangAdmin = await app.Admin("bat-trang");
        var texts = new List<string>
        {
            await batTrangAdmin.GetStringAsync("/api/catalogue/products?pageSize=100&status=Draft"),
            await batTrangAdmin.GetStringAsync("/api/catalogue/review-queue?pageSize=100"),
            await batTrangAdmin.GetStringAsync("/api/catalogue/export.csv"),
            await batTrangAdmin.GetStringAsync("/api/catalogue/categories"),
            await (await app.As("bat-trang", Producers.MinhHai)).GetStringAsync("/api/catalogue/products/mine?pageSize=100"),
        };
        for (var page = 1; page <= 3; page++) texts.Add(await app.ClientFor("bat-trang").GetStringAsync($"/api/catalogue/public/products?pageSize=100&page={page}"));
        texts.Add(await app.ClientFor("bat-trang").GetStringAsync("/api/catalogue/public/categories"));
        foreach (var text in texts)
        {
            text.ShouldNotContain(draft.ToString());
            text.ShouldNotContain(published.ToString());
            text.ShouldNotContain(sku);
            text.ShouldNotContain("Khăn lụa");
        }
        (await app.ClientFor("van-phuc").GetStringAsync("/api/catalogue/public/products?pageSize=100")).ShouldContain(published.ToString(), customMessage: "sanity");

        // Importing a row that names a Van Phuc product id into Bat Trang finds nothing to change.
        var import = await CsvFile.Upload(batTrangAdmin,
            $"id,category,name_vi,description_vi,base_price_vnd,makers\n{published},Bình hoa,Chiếm,Chiếm,1000,Hộ Vũ Thị Hoa\n");
        (await import.Json()).GetProperty("rows")[0].GetProperty("column").GetString().ShouldBe("id");
    }

    [Fact]
    public async Task Bat_Trang_browsers_cannot_open_or_post_to_a_Van_Phuc_product_page()
    {
        var (draft, _, _) = await VanPhucProducts();
        var admin = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var producer = await app.ClientFor("bat-trang").SignedInWithCookie("0912 345 601");
        foreach (var client in new[] { admin, producer })
            foreach (var path in new[] { $"/account/products/{draft}", $"/admin/catalogue/products/{draft}" })
            {
                var page = await client.GetAsync(path);
                page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }
        var token = Forms.Antiforgery(await admin.GetStringAsync("/admin/catalogue"));
        var approve = await admin.PostFormAsync($"/admin/catalogue?handler=Archive&id={draft}", new Dictionary<string, string>(), token);
        approve.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var vanPhucAdmin = await app.Admin("van-phuc");
        (await (await vanPhucAdmin.GetAsync($"/api/catalogue/products/{draft}")).Json()).GetProperty("status").GetString().ShouldBe("Draft");
    }
}
