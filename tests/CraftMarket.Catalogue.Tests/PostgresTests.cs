using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests;

/// <summary>The key paths on a real PostgreSQL: seeding, the listing's filters and facets, the lifecycle, makers' lists (uuid[]), CSV.</summary>
public sealed class PostgresTests(PostgresTests.App app) : IClassFixture<PostgresTests.App>
{
    public sealed class App() : CatalogueApp(PostgresDatabase.Create());

    [Fact]
    public async Task The_catalogue_works_end_to_end_on_PostgreSQL()
    {
        var anonymous = app.ClientFor("bat-trang");
        var page = await anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/public/products?sort=price-asc&maxMoq=50&pageSize=10");
        page.GetProperty("total").GetInt32().ShouldBeGreaterThan(10);
        page.GetProperty("categories").GetArrayLength().ShouldBeGreaterThan(3);
        var prices = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lowestPriceVnd").GetDecimal()).ToList();
        prices.ShouldBe(prices.Order().ToList());
        var material = page.GetProperty("materials")[0].GetProperty("key").GetString()!;
        (await anonymous.GetFromJsonAsync<JsonElement>($"/api/catalogue/public/products?material={Uri.EscapeDataString(material)}"))
            .GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        (await anonymous.GetFromJsonAsync<JsonElement>("/api/catalogue/public/products?sort=name")).GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);

        var producer = await app.As("bat-trang", Producers.MinhHai);
        var body = Requests.Product(await app.CategoryId("bat-trang", "Bình hoa"));
        var id = await app.Publish("bat-trang", producer, body);
        (await app.Events<ProductPublished>("bat-trang", id)).ShouldHaveSingleItem()
            .GetProperty("product").GetProperty("monthlyCapacity").GetInt32().ShouldBe(4000);
        var mine = await producer.GetFromJsonAsync<JsonElement>("/api/catalogue/products/mine?pageSize=100");
        mine.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == id);
        var clash = await producer.PostAsJsonAsync("/api/catalogue/products", Requests.Product(await app.CategoryId("bat-trang", "Bình hoa"), sku: (string)body["sku"]!));
        (await clash.Json()).ErrorFields().ShouldBe(["sku"]);

        var admin = await app.Admin("bat-trang");
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/history");
        history.GetArrayLength().ShouldBe(3);

        var export = await admin.GetStringAsync("/api/catalogue/export.csv");
        var reimport = await CsvFile.Upload(admin, export);
        reimport.StatusCode.ShouldBe(HttpStatusCode.OK, await reimport.Body());
        (await reimport.Json()).GetProperty("unchanged").GetInt32().ShouldBe(CsvFile.Parse(export).Rows.Count);
        var file = CsvFile.Parse(export);
        file.Rows[0]["lead_time_days"] = "not a number";
        (await (await CsvFile.Upload(admin, file.ToText())).Json()).GetProperty("rows")[0].GetProperty("row").GetInt32().ShouldBe(2);

        (await app.ClientFor("van-phuc").GetStringAsync("/api/catalogue/public/products?pageSize=100")).ShouldNotContain(id.ToString());
    }
}
