using System.Net;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Api;

/// <summary>Problem details with field names, and 401/403/404 for each kind of caller.</summary>
[Collection(SharedSite.Name)]
public sealed class ValidationAndAccessTests(SqliteCatalogueApp app)
{
    private const string Slug = "bat-trang";

    [Fact]
    public async Task Invalid_products_are_refused_with_every_bad_field_named()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var body = Requests.Product(await app.CategoryId(Slug, "Bình hoa"));
        body["name"] = new Dictionary<string, string?> { ["en"] = "No Vietnamese" };
        body["priceBreaks"] = new[] { new { minQuantity = 100, unitPriceVnd = 390000 }, new { minQuantity = 50, unitPriceVnd = 400000 } };
        body["hsCode"] = "69";
        body["variants"] = new[] { new { sku = "", size = "S", colour = (string?)null } };
        body["categoryId"] = Guid.NewGuid();

        var response = await producer.PostAsJsonAsync("/api/catalogue/products", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Json()).ErrorFields().ShouldBe(
            ["name.vi", "priceBreaks[1].minQuantity", "priceBreaks[1].unitPriceVnd", "hsCode", "variants[0].sku", "categoryId"], ignoreOrder: true);
    }

    [Fact]
    public async Task Unknown_category_and_makers_outside_the_association_are_refused()
    {
        var admin = await app.Admin(Slug);
        var vanPhucMember = await MemberIdOf(await app.As("van-phuc", Producers.LuaVanPhuc));
        var body = Requests.Product(await app.CategoryId(Slug, "Bình hoa"), makers: [vanPhucMember]);
        var response = await admin.PostAsJsonAsync("/api/catalogue/products", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Json()).ErrorFields().ShouldBe(["makers"]);

        body["categoryId"] = await app.CategoryId("van-phuc", "Khăn lụa");
        body["makers"] = null;
        (await (await admin.PostAsJsonAsync("/api/catalogue/products", body)).Json()).ErrorFields().ShouldContain("categoryId");
    }

    [Fact]
    public async Task A_SKU_is_unique_within_the_association_across_products_and_variants()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var vases = await app.CategoryId(Slug, "Bình hoa");
        var sku = Requests.UniqueSku();
        var first = Requests.Product(vases);
        first["variants"] = new[] { new { sku, size = "S", colour = (string?)null } };
        await Create(producer, first);

        var clash = await producer.PostAsJsonAsync("/api/catalogue/products", Requests.Product(vases, sku: sku.ToLowerInvariant()));
        clash.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await clash.Json()).ErrorFields().ShouldBe(["sku"]);
        // Another association may use the same code.
        var vanPhuc = await app.As("van-phuc", Producers.LuaVanPhuc);
        await Create(vanPhuc, Requests.Product(await app.CategoryId("van-phuc", "Khăn lụa"), sku: sku));
    }

    [Fact]
    public async Task Submitting_without_English_is_accepted_and_approving_without_it_names_the_missing_fields()
    {
        var producer = await app.As(Slug, Producers.PhamThiLan);
        var id = await Create(producer, Requests.Product(await app.CategoryId(Slug, "Bình hoa"), english: false));
        var submitted = await producer.Post($"/api/catalogue/products/{id}/submit");
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Body());
        var approved = await (await app.Admin(Slug)).Post($"/api/catalogue/products/{id}/approve");
        approved.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await approved.Json()).ErrorFields().ShouldBe(["name.en", "description.en", "material.en", "technique.en"], ignoreOrder: true);
    }

    [Fact]
    public async Task Callers_without_the_right_role_get_401_403_or_404()
    {
        var producer = await app.As(Slug, Producers.MinhHai);
        var id = await Create(producer, Requests.Product(await app.CategoryId(Slug, "Bình hoa")));
        var anonymous = app.ClientFor(Slug);
        var buyer = await app.As(Slug, "buyer@homeware.example");
        var otherProducer = await app.As(Slug, Producers.PhamThiLan);

        (await anonymous.GetAsync($"/api/catalogue/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/catalogue/products", new { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await buyer.GetAsync($"/api/catalogue/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.PostAsJsonAsync("/api/catalogue/products", Requests.Product(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.GetAsync("/api/catalogue/review-queue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.GetAsync("/api/catalogue/review-queue")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.GetAsync("/api/catalogue/export.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ExportDesk(Slug)).PostAsJsonAsync("/api/catalogue/categories", new { name = new { vi = "Thử" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Another household of the same village: the product does not exist for it.
        (await otherProducer.GetAsync($"/api/catalogue/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherProducer.GetAsync($"/api/catalogue/products/{id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherProducer.PutAsJsonAsync($"/api/catalogue/products/{id}", Requests.Product(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherProducer.Post($"/api/catalogue/products/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var mine = await otherProducer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/catalogue/products/mine?pageSize=100");
        mine.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Paging_and_sorting_out_of_range_are_validation_problems()
    {
        var anonymous = app.ClientFor(Slug);
        var response = await anonymous.GetAsync("/api/catalogue/public/products?page=0&pageSize=1000&sort=random&minPriceVnd=5&maxPriceVnd=1");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Json()).ErrorFields().ShouldBe(["page", "pageSize", "sort", "maxPriceVnd"], ignoreOrder: true);
        (await (await app.Admin(Slug)).GetAsync("/api/catalogue/products?pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task On_the_platform_host_the_catalogue_endpoints_answer_404()
    {
        var platform = app.ClientFor(null);
        (await platform.GetAsync("/api/catalogue/public/products")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await platform.GetAsync("/api/catalogue/public/categories")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var admin = await platform.SignedInAs(Auth.PlatformAdmin);
        (await admin.GetAsync("/api/catalogue/products")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        (await admin.PostAsJsonAsync("/api/catalogue/products", Requests.Product(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
