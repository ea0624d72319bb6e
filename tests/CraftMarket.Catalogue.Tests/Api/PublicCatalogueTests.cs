using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;

namespace CraftMarket.Catalogue.Tests.Api;

/// <summary>The anonymous catalogue: filters, facets, sort orders and paging over the demo data.</summary>
[Collection(SharedSite.Name)]
public sealed class PublicCatalogueTests(SqliteCatalogueApp app)
{
    private static async Task<JsonElement> Browse(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/api/catalogue/public/products?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Body());
        return await response.Json();
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Filters_narrow_the_list_and_facets_count_under_the_other_filters()
    {
        var client = app.ClientFor("bat-trang");
        var all = await Browse(client, "pageSize=100");
        var vases = await app.CategoryId("bat-trang", "Bình hoa");
        var byCategory = await Browse(client, $"category={vases}&pageSize=100");
        Items(byCategory).ShouldAllBe(i => i.GetProperty("categoryId").GetGuid() == vases);
        byCategory.GetProperty("total").GetInt32().ShouldBeLessThan(all.GetProperty("total").GetInt32());
        // The category facet ignores the category filter (so a buyer can switch), the material facet applies it.
        byCategory.GetProperty("categories").GetArrayLength().ShouldBe(all.GetProperty("categories").GetArrayLength());
        byCategory.GetProperty("materials").EnumerateArray().Sum(m => m.GetProperty("count").GetInt32()).ShouldBe(byCategory.GetProperty("total").GetInt32());

        var material = all.GetProperty("materials")[0];
        var byMaterial = await Browse(client, $"material={Uri.EscapeDataString(material.GetProperty("label").GetProperty("en").GetString()!)}&pageSize=100");
        byMaterial.GetProperty("total").GetInt32().ShouldBe(material.GetProperty("count").GetInt32(), "the English name filters too");

        var cheap = await Browse(client, "maxPriceVnd=100000&pageSize=100");
        Items(cheap).ShouldNotBeEmpty();
        Items(cheap).ShouldAllBe(i => i.GetProperty("lowestPriceVnd").GetDecimal() <= 100000);
        var smallOrders = await Browse(client, "maxMoq=10&pageSize=100");
        Items(smallOrders).ShouldAllBe(i => i.GetProperty("minimumOrderQuantity").GetInt32() <= 10);
        Items(smallOrders).Count.ShouldBeLessThan(Items(all).Count);
    }

    [Fact]
    public async Task Sort_orders_and_pages_cover_every_product_once()
    {
        var client = app.ClientFor("van-phuc");
        var ascending = Items(await Browse(client, "sort=price-asc&pageSize=100")).Select(i => i.GetProperty("lowestPriceVnd").GetDecimal()).ToList();
        ascending.ShouldBe(ascending.Order().ToList());
        var descending = Items(await Browse(client, "sort=price-desc&pageSize=100")).Select(i => i.GetProperty("lowestPriceVnd").GetDecimal()).ToList();
        descending.ShouldBe(ascending.AsEnumerable().Reverse().ToList());

        var total = (await Browse(client, "pageSize=5")).GetProperty("total").GetInt32();
        var seen = new List<Guid>();
        for (var page = 1; page <= (total + 4) / 5; page++)
            seen.AddRange(Items(await Browse(client, $"pageSize=5&page={page}")).Select(i => i.GetProperty("id").GetGuid()));
        seen.Count.ShouldBe(total);
        seen.Distinct().Count().ShouldBe(total);
    }

    [Fact]
    public async Task Categories_count_published_products_and_the_detail_shows_makers_and_variants()
    {
        var client = app.ClientFor("van-phuc");
        var categories = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/public/categories");
        categories.EnumerateArray().Select(c => c.GetProperty("name").GetProperty("vi").GetString())
            .ShouldBe(["Khăn lụa", "Vải lụa", "May mặc", "Phụ kiện"]);
        categories.EnumerateArray().Sum(c => c.GetProperty("publishedCount").GetInt32())
            .ShouldBe((await Browse(client)).GetProperty("total").GetInt32());

        var withVariants = Items(await Browse(client, "pageSize=100")).Select(i => i.GetProperty("id").GetGuid()).ToList();
        var details = new List<JsonElement>();
        foreach (var id in withVariants) details.Add(await client.GetFromJsonAsync<JsonElement>($"/api/catalogue/public/products/{id}"));
        details.ShouldContain(d => d.GetProperty("product").GetProperty("variants").GetArrayLength() > 1);
        details.ShouldAllBe(d => d.GetProperty("makers").GetArrayLength() >= 1);
        details.ShouldAllBe(d => d.GetProperty("product").GetProperty("tenantSlug").GetString() == "van-phuc");
    }
}
