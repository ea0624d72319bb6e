using System.Net;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Tests.Support;
using static CraftMarket.Catalogue.Tests.Support.Catalogues;

namespace CraftMarket.Catalogue.Tests.Api;

/// <summary>A product's unit of sale through the API, the audit trail, the published snapshot and the CSV file (ADR 0073).</summary>
[Collection(SharedSite.Name)]
public sealed class UnitOfSaleApiTests(SqliteCatalogueApp app)
{
    private const string Slug = "van-phuc";

    private async Task<Dictionary<string, object?>> Fabric(string? unit)
    {
        var body = Requests.Product(await app.CategoryId(Slug, "Vải lụa"));
        if (unit is not null) body["unit"] = unit;
        return body;
    }

    [Fact]
    public async Task A_product_is_sold_by_the_unit_it_names_and_an_edit_without_one_keeps_it()
    {
        var producer = await app.As(Slug, Producers.LuaVanPhuc);
        var id = await Create(producer, await Fabric("metre"));
        var read = await producer.GetFromJsonAsync<Dictionary<string, object?>>($"/api/catalogue/products/{id}");
        read!["unit"]!.ToString().ShouldBe("metre");

        // An older client's whole-product edit knows nothing of units: the fabric stays sold by the metre.
        var edit = await Fabric(unit: null);
        edit["sku"] = read["sku"]!.ToString();
        var kept = await producer.PutAsJsonAsync($"/api/catalogue/products/{id}", edit);
        kept.StatusCode.ShouldBe(HttpStatusCode.OK, await kept.Body());
        (await kept.Json()).GetProperty("unit").GetString().ShouldBe("metre");

        edit["unit"] = "YARD";
        var changed = await producer.PutAsJsonAsync($"/api/catalogue/products/{id}", edit);
        (await changed.Json()).GetProperty("unit").GetString().ShouldBe("yard", "codes are matched ignoring case and stored as written in the list");
        var history = await producer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/catalogue/products/{id}/history");
        history.ToString().ShouldContain("\"field\":\"unit\"");
    }

    [Fact]
    public async Task Without_a_unit_a_product_is_sold_by_the_piece()
    {
        var producer = await app.As(Slug, Producers.LuaVanPhuc);
        var created = await producer.PostAsJsonAsync("/api/catalogue/products", await Fabric(unit: null));
        (await created.Json()).GetProperty("unit").GetString().ShouldBe("piece");
    }

    [Theory]
    [InlineData("bolt")]
    [InlineData("")]
    public async Task An_unknown_unit_is_a_400_naming_the_units_there_are(string unit)
    {
        var producer = await app.As(Slug, Producers.LuaVanPhuc);
        var response = await producer.PostAsJsonAsync("/api/catalogue/products", await Fabric(unit));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        problem.ErrorFields().ShouldBe(["unit"]);
        problem.GetProperty("errors").GetProperty("unit")[0].GetString().ShouldBe(
            "Choose the unit of sale: one of piece, set, pair, metre, yard, kg, m2, dozen.");
    }

    [Fact]
    public async Task The_published_snapshot_carries_the_unit()
    {
        var producer = await app.As(Slug, Producers.LuaVanPhuc);
        var id = await app.Publish(Slug, producer, await Fabric("metre"));
        var published = await app.Events<ProductPublished>(Slug, id);
        published.Last().GetProperty("product").GetProperty("unit").GetString().ShouldBe("metre");
    }

    [Fact]
    public async Task The_csv_has_a_unit_column_that_round_trips_and_old_files_without_it_still_import()
    {
        var admin = await app.Admin(Slug);
        var file = CsvFile.Parse(await (await admin.GetAsync("/api/catalogue/export.csv")).Content.ReadAsStringAsync());
        file.Header.ShouldContain("unit");
        file.Rows.Where(r => r["sku"].StartsWith("VP-FAB-", StringComparison.Ordinal)).ShouldNotBeEmpty();
        file.Rows.Where(r => r["sku"].StartsWith("VP-FAB-", StringComparison.Ordinal)).ShouldAllBe(r => r["unit"] == "metre", "the demo sells its silk fabric by the metre");
        file.Rows.Where(r => r["sku"].StartsWith("VP-SCF-", StringComparison.Ordinal)).ShouldAllBe(r => r["unit"] == "piece");

        // A new row in a file written before units (no unit column) is sold by the piece; existing rows keep theirs.
        var template = file.Rows.First(r => r["sku"].StartsWith("VP-FAB-", StringComparison.Ordinal) && r["status"] == "Published");
        var sku = Requests.UniqueSku("UNIT");   // not the demo's "VP-" prefix: the demo seeder test counts those
        var old = new CsvFile([.. file.Header.Where(h => h != "unit")],
            [new Dictionary<string, string>(template.Where(c => c.Key != "unit").ToDictionary()) { ["id"] = "", ["sku"] = sku, ["status"] = "", ["name_vi"] = "Lụa thử theo chiếc " + sku },
             template.Where(c => c.Key != "unit").ToDictionary()]);
        var imported = await CsvFile.Upload(admin, old.ToText());
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Body());
        var after = CsvFile.Parse(await (await admin.GetAsync("/api/catalogue/export.csv")).Content.ReadAsStringAsync());
        after.Row(sku)["unit"].ShouldBe("piece");
        after.Row(template["sku"])["unit"].ShouldBe("metre");

        // A value that is not a unit is a row error in the unit column; nothing is imported.
        var bad = new CsvFile(file.Header, [new Dictionary<string, string>(template) { ["unit"] = "roll" }]);
        var refused = await CsvFile.Upload(admin, bad.ToText());
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rows = (await refused.Json()).GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        rows.ShouldBe([(2, "unit")]);
    }
}
