using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Tests.Support;

namespace CraftMarket.Catalogue.Tests.Api;

[Collection(SharedSite.Name)]
public sealed class CsvTests(SqliteCatalogueApp app)
{
    private async Task<(HttpResponseMessage Response, string Text)> Export(string slug)
    {
        var response = await (await app.Admin(slug)).GetAsync("/api/catalogue/export.csv");
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_export_has_one_row_per_product_with_languages_as_columns_and_encoded_lists()
    {
        var (response, text) = await Export("bat-trang");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var file = CsvFile.Parse(text);
        file.Header.ShouldContain("name_ja");
        file.Header.ShouldContain("price_breaks");
        var all = await (await app.Admin("bat-trang")).GetFromJsonAsync<JsonElement>("/api/catalogue/products?pageSize=1");
        file.Rows.Count.ShouldBe(all.GetProperty("total").GetInt32());
        var vase = file.Row("BT-VAS-001");
        vase["name_en"].ShouldBe("Crackle-glaze vase with chrysanthemums, 60 cm");
        vase["category"].ShouldBe("Bình hoa");
        vase["price_breaks"].ShouldMatch(@"^100:\d+\|400:\d+$");
        vase["hs_code"].ShouldBe("691390");
        file.Rows.ShouldContain(r => r["variants"].Contains(':'), "variants as SKU:size:colour");
    }

    [Fact]
    public async Task Exporting_and_importing_the_same_file_changes_nothing()
    {
        var (_, text) = await Export("dong-ky");
        var rows = CsvFile.Parse(text).Rows.Count;
        var response = await CsvFile.Upload(await app.Admin("dong-ky"), text);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Body());
        var summary = await response.Json();
        summary.GetProperty("created").GetInt32().ShouldBe(0);
        summary.GetProperty("updated").GetInt32().ShouldBe(0);
        summary.GetProperty("unchanged").GetInt32().ShouldBe(rows);
    }

    [Fact]
    public async Task A_file_with_any_bad_row_imports_nothing_and_names_each_row_column_and_reason()
    {
        var admin = await app.Admin("van-phuc");
        var file = CsvFile.Parse((await Export("van-phuc")).Text);
        var good = file.Rows[0];
        var goodSku = good["sku"];
        good["name_en"] = "Renamed by a file that must not apply";
        file.Rows[1]["price_breaks"] = "100:90000|50:95000";
        file.Rows[2]["category"] = "Gốm sứ";
        file.Rows[3]["base_price_vnd"] = "rẻ";
        file.Rows.Add(new Dictionary<string, string>(good) { ["id"] = "", ["sku"] = goodSku, ["name_en"] = "Copy" });

        var response = await CsvFile.Upload(admin, file.ToText());
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Json();
        var rows = problem.GetProperty("rows").EnumerateArray().Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        rows.ShouldContain((3, "price_breaks"));
        rows.ShouldContain((4, "category"));
        rows.ShouldContain((5, "base_price_vnd"));
        rows.ShouldContain((file.Rows.Count + 1, "sku"), "the last row reuses a SKU of row 2");
        rows.ShouldNotContain(r => r.Row == 2, "row 2 itself is fine");
        problem.ErrorFields().ShouldContain("row 3: price_breaks");

        var after = CsvFile.Parse((await Export("van-phuc")).Text);
        after.Row(goodSku)["name_en"].ShouldNotBe("Renamed by a file that must not apply");
        after.Rows.Count.ShouldBe(file.Rows.Count - 1);
    }

    [Fact]
    public async Task Rows_create_by_new_SKU_then_update_and_publish_by_SKU()
    {
        var admin = await app.Admin("bat-trang");
        var sku = Requests.UniqueSku("CSV");
        string[] header = ["sku", "status", "category", "name_vi", "name_en", "description_vi", "description_en", "base_price_vnd", "price_breaks", "moq", "order_multiple", "lead_time_days", "makers", "hs_code"];
        var row = new Dictionary<string, string>
        {
            ["sku"] = sku, ["status"] = "", ["category"] = "bat", ["name_vi"] = "Bát men lam vẽ cá 15 cm", ["name_en"] = "Blue-and-white bowl with fish, 15 cm",
            ["description_vi"] = "Bát vẽ tay.", ["description_en"] = "Hand-painted bowl.", ["base_price_vnd"] = "55.000", ["price_breaks"] = "500:50000",
            ["moq"] = "100", ["order_multiple"] = "20", ["lead_time_days"] = "21", ["makers"] = "hộ gốm nguyễn văn tám", ["hs_code"] = "6912.00",
        };
        var created = await CsvFile.Upload(admin, new CsvFile([.. header], [row]).ToText());
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Body());
        (await created.Json()).GetProperty("created").GetInt32().ShouldBe(1);

        row["base_price_vnd"] = "60000";
        row["status"] = "Published";
        var updated = await CsvFile.Upload(admin, new CsvFile([.. header], [row]).ToText());
        (await updated.Json()).GetProperty("updated").GetInt32().ShouldBe(1, await updated.Body());

        var exported = CsvFile.Parse((await Export("bat-trang")).Text).Row(sku);
        exported["status"].ShouldBe("Published");
        exported["base_price_vnd"].ShouldBe("60000");
        exported["maker_names"].ShouldBe("Hộ gốm Nguyễn Văn Tám");
        var id = Guid.Parse(exported["id"]);
        (await app.Events<ProductPublished>("bat-trang", id)).ShouldHaveSingleItem().GetProperty("product").GetProperty("basePriceVnd").GetDecimal().ShouldBe(60000);
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}/history");
        history.EnumerateArray().Select(h => h.GetProperty("action").GetString()).ShouldAllBe(a => a == "imported");
    }

    [Fact]
    public async Task A_file_without_required_columns_or_with_unknown_ones_is_refused()
    {
        var response = await CsvFile.Upload(await app.Admin("bat-trang"), "sku,colour_of_the_day\nA,red\n");
        var rows = (await response.Json()).GetProperty("rows").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        rows.ShouldContain("category");
        rows.ShouldContain("colour_of_the_day");
        (await (await app.ExportDesk("bat-trang")).GetAsync("/api/catalogue/export.csv")).StatusCode.ShouldBe(HttpStatusCode.OK, "staff may export");
        (await CsvFile.Upload(await app.ExportDesk("bat-trang"), "x")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only admins import");
    }
}
