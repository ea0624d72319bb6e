using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Pages;

/// <summary>
/// A number input always sends "12.5", whatever the page's language; Vietnamese writes 12,5 and
/// uses "." to group thousands. Read with the page's culture, 12.5 cm became 125 cm.
/// </summary>
[Collection(SharedSite.Name)]
public sealed partial class NumberFieldCultureTests(SqliteCatalogueApp app)
{
    [GeneratedRegex("/account/products/([0-9a-f-]{36})")]
    private static partial Regex ProductLink();

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task A_decimal_typed_in_a_number_field_is_read_the_same_in_every_language(string language)
    {
        var client = await app.ClientFor("bat-trang").SignedInWithCookie("0904 118 273");
        var vases = await app.CategoryId("bat-trang", "Bình hoa");
        var fields = new Dictionary<string, string>
        {
            ["Form.CategoryId"] = vases.ToString(), ["Form.NameVi"] = $"Lọ đo kích thước {language}", ["Form.DescriptionVi"] = "Lọ thử.",
            ["Form.BasePriceVnd"] = "200000", ["Form.LengthCm"] = "12.5", ["Form.WeightGrams"] = "1500",
        };
        var created = await client.SubmitAsync($"/{language}/account/products/new", fields);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var id = ProductLink().Match(created.Headers.Location!.ToString()).Groups[1].Value;

        var api = await app.As("bat-trang", Producers.PhamThiLan);
        var product = await api.GetFromJsonAsync<JsonElement>($"/api/catalogue/products/{id}");
        product.GetProperty("lengthCm").GetDecimal().ShouldBe(12.5m);

        var edit = await client.GetStringAsync($"/{language}/account/products/{id}");
        edit.ShouldContain("value=\"12.5\"", customMessage: "the edit form shows the number as a number input reads it");
    }
}
