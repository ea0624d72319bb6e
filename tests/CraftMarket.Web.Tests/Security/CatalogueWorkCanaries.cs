using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Bat Trang's records of issue 17 for the security walks: an English translation of the canary draft
/// product (which also fills the village's translation memory), the village's machine-translation
/// service address, and an unfinished resumable photo upload of the canary product. Routes naming
/// {uploadId} get the upload's real id, so a tus handler that forgot the village or the account
/// would find it; the translation and the service address are secrets no foreign answer may hold.
/// </summary>
internal sealed record CatalogueWorkCanaries(string ProductId, string EnglishName, string ServiceUrl, string UploadId)
{
    public const int UploadLength = 4096;

    public static async Task<CatalogueWorkCanaries> PlantAsync(HttpClient admin, string productId)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var english = $"Canary vase {tag}";
        var saved = await admin.PutAsJsonAsync($"/api/catalogue/products/{productId}/translations",
            new { language = "en", texts = new Dictionary<string, string> { ["name"] = english }, confirmed = false });
        saved.IsSuccessStatusCode.ShouldBeTrue(await saved.Content.ReadAsStringAsync());

        var serviceUrl = $"https://canary-mt-{tag}.example.com/translate";
        var service = await admin.PutAsJsonAsync("/api/catalogue/machine-translation", new { serviceUrl, apiKey = $"canary-key-{tag}" });
        service.IsSuccessStatusCode.ShouldBeTrue(await service.Content.ReadAsStringAsync());

        using var create = new HttpRequestMessage(HttpMethod.Post, $"/api/products/{productId}/photo-uploads");
        create.Headers.Add("Tus-Resumable", "1.0.0");
        create.Headers.Add("Upload-Length", UploadLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        create.Headers.Add("Upload-Metadata", $"filename {Base64($"canary-{tag}.jpg")},filetype {Base64("image/jpeg")}");
        var created = await admin.SendAsync(create);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var uploadId = created.Headers.Location!.OriginalString.Split('/')[^1];
        return new CatalogueWorkCanaries(productId, english, serviceUrl, uploadId);
    }

    public IEnumerable<string> Secrets => [EnglishName, ServiceUrl, UploadId];

    /// <summary>The upload for {uploadId}; the canary product for the translation page's {id} (its route names no "product").</summary>
    public string? ValueFor(string route, string parameter) =>
        string.Equals(parameter, "uploadId", StringComparison.OrdinalIgnoreCase) ? UploadId
        : string.Equals(parameter, "id", StringComparison.OrdinalIgnoreCase) && route.Contains("/translate", StringComparison.OrdinalIgnoreCase) ? ProductId
        : null;

    /// <summary>Afterwards: the translation and the service are as saved, the upload still open at offset 0.</summary>
    public async Task ShouldBeUntouchedAsync(HttpClient admin)
    {
        var view = JsonDocument.Parse(await admin.GetStringAsync($"/api/catalogue/products/{ProductId}/translations?language=en")).RootElement;
        view.GetRawText().ShouldContain(EnglishName);
        var service = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/machine-translation")).RootElement;
        service.GetProperty("serviceUrl").GetString().ShouldBe(ServiceUrl);
        using var head = new HttpRequestMessage(HttpMethod.Head, $"/api/products/{ProductId}/photo-uploads/{UploadId}");
        head.Headers.Add("Tus-Resumable", "1.0.0");
        var upload = await admin.SendAsync(head);
        upload.StatusCode.ShouldBe(HttpStatusCode.OK);
        upload.Headers.GetValues("Upload-Offset").Single().ShouldBe("0");
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
