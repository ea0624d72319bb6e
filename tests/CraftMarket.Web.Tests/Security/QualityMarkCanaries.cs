using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Bat Trang's quality-mark records for the security walks: a mark scheme with one published version
/// and a member's other certificate (withdrawn, so no buyer-facing page may ever show it: its number
/// is a secret for everyone outside Bat Trang's staff), plus Bat Trang's demo certificate, label batch
/// and application. Routes under /quality/schemes, /quality/other-certificates,
/// /quality/certificates, /quality/label-batches and /quality/applications get their real ids, so
/// those handlers meet real foreign ids.
/// </summary>
internal sealed record QualityMarkCanaries(string SchemeId, string OtherCertificateId, string CertificateNumber)
{
    public string? MarkCertificateId { get; init; }
    public string? LabelBatchId { get; init; }
    public string? ApplicationId { get; init; }

    public static async Task<QualityMarkCanaries> PlantAsync(HttpClient admin)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString();
        var scheme = await Created(await admin.PostAsJsonAsync("/api/quality/schemes", new
        {
            code = $"canary-{tag}", name = new { vi = $"Dấu canary {tag}", en = $"Canary mark {tag}" },
            description = new { vi = "Dấu thử", en = "Test mark" }, categories = new[] { category }, validityMonths = 24,
        }));
        var version = await admin.PostAsJsonAsync($"/api/quality/schemes/{scheme}/versions", new
        {
            criteria = new[] { new { key = "canary", text = new { vi = "Tiêu chí canary" }, kind = "Technique", howChecked = new { vi = "Xem" } } },
        });
        version.StatusCode.ShouldBe(HttpStatusCode.Created, await version.Content.ReadAsStringAsync());
        var members = JsonDocument.Parse(await admin.GetStringAsync("/api/members?pageSize=100")).RootElement;
        var holder = members.GetProperty("items").EnumerateArray().First(m => m.GetProperty("status").GetString() == "Active").GetProperty("id").GetString();
        var number = $"CANARY-CERT-{tag}";
        var certificate = await Created(await admin.PostAsJsonAsync("/api/quality/other-certificates", new
        {
            memberId = holder, kind = "ISO 9001:2015", issuer = "Canary Certification", number, issuedOn = "2025-01-01", expiresOn = "2030-01-01",
        }));
        (await admin.PostAsJsonAsync($"/api/quality/other-certificates/{certificate}/withdraw", new { reason = "canary" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var canaries = new QualityMarkCanaries(scheme, certificate, number)
        {
            MarkCertificateId = FirstId(await admin.GetStringAsync("/api/quality/certificates")),
            LabelBatchId = FirstId(await admin.GetStringAsync("/api/quality/label-batches")),
            ApplicationId = FirstId(await admin.GetStringAsync("/api/quality/applications")),
        };
        // A missing one would quietly leave its routes walked with ids that exist nowhere.
        canaries.MarkCertificateId.ShouldNotBeNull();
        canaries.LabelBatchId.ShouldNotBeNull();
        canaries.ApplicationId.ShouldNotBeNull();
        return canaries;
    }

    /// <summary>The first record's id of a list answer (a bare array or a page with items); the demo data seeds both lists.</summary>
    private static string? FirstId(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("items");
        return items.EnumerateArray().Select(i => i.GetProperty("id").GetString()).FirstOrDefault();
    }

    public IEnumerable<string> Secrets => [OtherCertificateId, CertificateNumber];

    public string? ValueFor(string route, string parameter)
    {
        if (!string.Equals(parameter, "id", StringComparison.OrdinalIgnoreCase)) return null;
        return route.Contains("quality/schemes", StringComparison.OrdinalIgnoreCase) ? SchemeId
            : route.Contains("quality/other-certificates", StringComparison.OrdinalIgnoreCase) ? OtherCertificateId
            : route.Contains("quality/certificates", StringComparison.OrdinalIgnoreCase) ? MarkCertificateId
            : route.Contains("quality/label-batches", StringComparison.OrdinalIgnoreCase) ? LabelBatchId
            : route.Contains("quality/applications", StringComparison.OrdinalIgnoreCase) ? ApplicationId
            : null;
    }

    public async Task ShouldBeUntouchedAsync(HttpClient admin)
    {
        var scheme = JsonDocument.Parse(await admin.GetStringAsync($"/api/quality/schemes/{SchemeId}")).RootElement;
        scheme.GetProperty("name").GetProperty("en").GetString()!.ShouldStartWith("Canary mark");
        scheme.GetProperty("retired").GetBoolean().ShouldBeFalse();
        scheme.GetProperty("currentVersion").GetInt32().ShouldBe(1);
        scheme.GetProperty("imageUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        var certificate = JsonDocument.Parse(await admin.GetStringAsync($"/api/quality/other-certificates/{OtherCertificateId}")).RootElement;
        certificate.GetProperty("number").GetString().ShouldBe(CertificateNumber);
        certificate.GetProperty("hasDocument").GetBoolean().ShouldBeFalse();
    }

    private static async Task<string> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }
}
