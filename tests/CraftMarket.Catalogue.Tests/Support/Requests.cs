using System.Net.Http.Json;
using System.Text.Json;

namespace CraftMarket.Catalogue.Tests.Support;

/// <summary>Request bodies as a client sends them (plain JSON shapes, not the module's types).</summary>
public static class Requests
{
    public static string UniqueSku(string prefix = "T") => $"{prefix}-{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";

    public static Dictionary<string, object?> Product(Guid categoryId, string? sku = null, bool english = true, Guid[]? makers = null) => new()
    {
        ["categoryId"] = categoryId,
        ["sku"] = sku ?? UniqueSku(),
        ["name"] = new Dictionary<string, string?> { ["vi"] = "Bình thử nghiệm men rạn 30 cm", ["en"] = english ? "Test crackle-glaze vase, 30 cm" : null },
        ["description"] = new Dictionary<string, string?> { ["vi"] = "Bình gốm men rạn làm thử.", ["en"] = english ? "A test crackle-glaze vase." : null },
        ["material"] = new Dictionary<string, string?> { ["vi"] = "Gốm sành trắng", ["en"] = english ? "White stoneware" : null },
        ["technique"] = new Dictionary<string, string?> { ["vi"] = "Men rạn", ["en"] = english ? "Crackle glaze" : null },
        ["lengthCm"] = 16, ["widthCm"] = 16, ["heightCm"] = 30, ["weightGrams"] = 1600,
        ["colours"] = new[] { "ivory" },
        ["variants"] = Array.Empty<object>(),
        ["rawMaterialOrigin"] = "Đất sét Trúc Thôn",
        ["packaging"] = "Thùng carton 5 lớp",
        ["hsCode"] = "6913.90",
        ["placeOfOrigin"] = "Bát Tràng, Gia Lâm, Hà Nội",
        ["basePriceVnd"] = 420000,
        ["priceBreaks"] = new[] { new { minQuantity = 100, unitPriceVnd = 390000 }, new { minQuantity = 400, unitPriceVnd = 360000 } },
        ["minimumOrderQuantity"] = 20, ["orderMultiple"] = 4, ["leadTimeDays"] = 30,
        ["makers"] = makers,
    };

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<string> Body(this HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    public static IEnumerable<string> ErrorFields(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object? body = null) =>
        client.PostAsJsonAsync(url, body ?? new { });
}
