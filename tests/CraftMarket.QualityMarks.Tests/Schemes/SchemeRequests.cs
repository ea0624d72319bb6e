using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Tests.Support;

namespace CraftMarket.QualityMarks.Tests.Schemes;

/// <summary>Requests the scheme tests share: a fresh code per scheme, the village's real categories, a valid criteria set.</summary>
internal static class SchemeRequests
{
    public static string NewCode() => "mark-" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<List<string>> CategoriesAsync(HttpClient admin)
    {
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        return [.. categories.EnumerateArray().Where(c => !c.GetProperty("retired").GetBoolean()).Select(c => c.GetProperty("id").GetString()!)];
    }

    public static object Scheme(string code, IReadOnlyList<string> categories, int validity = 24) => new
    {
        code,
        name = new { vi = "Gốm Bát Tràng chính hiệu", en = "Genuine Bat Trang ceramics", ja = "正真正銘のバチャン焼" },
        description = new { vi = "Gốm làm tại làng Bát Tràng bằng đất sét địa phương.", en = "Ceramics made in Bat Trang from local clay." },
        categories,
        validityMonths = validity,
    };

    public static object Criterion(string key, string kind = "RawMaterialOrigin", string vi = "Đất sét từ làng") => new
    {
        key,
        text = new { vi, en = "Clay from the village" },
        kind,
        howChecked = new { vi = "Kiểm tra hóa đơn mua đất", en = "Clay invoices are checked" },
    };

    public static object Version(params object[] criteria) => new { criteria };

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A 400 validation problem naming <paramref name="field"/>.</summary>
    public static async Task ShouldNameFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    /// <summary>Creates a scheme through the API with one published version; answers its id.</summary>
    public static async Task<string> SchemeWithVersionAsync(HttpClient admin, params object[] criteria)
    {
        var scheme = await CreatedAsync(await admin.PostAsJsonAsync("/api/quality/schemes", Scheme(NewCode(), [(await CategoriesAsync(admin))[0]])));
        var id = scheme.GetProperty("id").GetString()!;
        await CreatedAsync(await admin.PostAsJsonAsync($"/api/quality/schemes/{id}/versions",
            Version(criteria.Length > 0 ? criteria : [Criterion("clay-origin")])));
        return id;
    }
}
