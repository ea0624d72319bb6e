using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Tests.Applications;

/// <summary>A fresh household of a village with one draft product of its own, signed in on its phone (API token) unless asked not to.</summary>
public sealed record Household(string Slug, Guid MemberId, string Phone, Guid ProductId, Guid CategoryId, HttpClient Client);

/// <summary>
/// Records the applications tests start from: a scheme with a published version (written straight
/// to the database, as the schemes part would), a household with its own product (through the real
/// Members and Catalogue APIs), and files a phone would send.
/// </summary>
public static class ApplicationsGiven
{
    public static readonly string[] CriterionKeys = ["origin", "technique"];

    internal static async Task<MarkScheme> SchemeAsync(QualityMarksSite site, string slug, IReadOnlyList<Guid>? categories = null,
        bool retired = false, bool published = true)
    {
        await using var scope = site.ScopeFor(slug);
        var db = QualityMarksSite.Db(scope);
        var now = DateTimeOffset.UtcNow;
        var unique = Guid.NewGuid().ToString("N")[..8];
        var scheme = new MarkScheme(MarkSchemeId.New(), db.Tenant, "app-" + unique, new Translations("Gốm chính hiệu " + unique, "Genuine " + unique),
            new Translations("Mô tả"), [.. (categories ?? []).Select(c => c.ToString())], 24, now)
        { CurrentVersion = published ? 1 : 0, Retired = retired };
        db.Schemes.Add(scheme);
        if (published)
            db.SchemeVersions.Add(new MarkSchemeVersion(db.Tenant, scheme.Id, 1,
            [
                new Criterion("origin", new Translations("Đất sét Bát Tràng"), CriterionKind.RawMaterialOrigin, new Translations("Xem hoá đơn")),
                new Criterion("technique", new Translations("Men rạn thủ công"), CriterionKind.Technique, new Translations("Xem tại lò")),
            ], now, "test"));
        await db.SaveChangesAsync();
        return scheme;
    }

    /// <param name="signedIn">False leaves the texted sign-in to the test (a phone page): a second code is not texted within minutes of the first.</param>
    public static async Task<Household> HouseholdAsync(QualityMarksSite site, string slug, bool signedIn = true)
    {
        var (member, phone) = await site.InviteHousehold(slug);
        var admin = await site.Admin(slug);
        // Only active members make products: the association confirms the invited household.
        (await admin.PostAsync($"/api/members/{member}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetGuid();
        var product = await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category, name = new { vi = "Bình men rạn thử" }, description = new { vi = "Sản phẩm thử." },
            basePriceVnd = 250000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { member },
        });
        product.StatusCode.ShouldBe(HttpStatusCode.Created, await product.Content.ReadAsStringAsync());
        var productId = (await product.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        if (!signedIn) await site.Texts.WaitForCount(phone, 1);   // the invitation, before any code is counted
        return new Household(slug, member, phone, productId, category, signedIn ? await site.Producer(slug, phone) : site.Anonymous(slug));
    }

    public static Task<HttpResponseMessage> ApplyAsync(this HttpClient client, Guid schemeId, Guid productId, Guid? memberId = null,
        Guid? renews = null, string note = "Nhà tôi làm gốm ba đời.") =>
        client.PostAsJsonAsync("/api/quality/applications", new { schemeId, memberId, productIds = new[] { productId }, note, renewsCertificateId = renews });

    public static async Task<Guid> CreatedId(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The problem's field errors' names ("productIds[0]", "outcome"...).</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> Problem(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.BadRequest)
    {
        var json = await response.Json(expected);
        return json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(m => m.GetString()!).ToArray())
            : new Dictionary<string, string[]>();
    }

    /// <summary>
    /// Evidence written straight to the row, for tests of what follows (submit, visits) that are not
    /// about uploading; the upload itself is tested through Media's real pipeline.
    /// </summary>
    internal static async Task AttachEvidenceRowAsync(QualityMarksSite site, string slug, Guid applicationId)
    {
        await using var scope = site.ScopeFor(slug);
        var db = QualityMarksSite.Db(scope);
        var application = await db.Applications.SingleAsync(a => a.Id == new MarkApplicationId(applicationId));
        application.Evidence = [.. application.Evidence, new EvidenceItem(Guid.CreateVersion7(), EvidenceKind.Document, "hoa-don.pdf", "", DateTimeOffset.UtcNow)];
        await db.SaveChangesAsync();
    }

    /// <summary>A household's application, submitted with one evidence row: the state staff schedule visits for.</summary>
    public static async Task<Guid> SubmittedAsync(QualityMarksSite site, Household household, Guid schemeId)
    {
        var id = await (await household.Client.ApplyAsync(schemeId, household.ProductId)).CreatedId();
        await AttachEvidenceRowAsync(site, household.Slug, id);
        await (await household.Client.PostAsync($"/api/quality/applications/{id}/submit", null)).Json();
        return id;
    }

    /// <summary>A visit tomorrow at 09:00 Vietnam time, scheduled by the village's admin; answers its id.</summary>
    public static async Task<Guid> ScheduledAsync(QualityMarksSite site, string slug, Guid applicationId, string? when = null)
    {
        var admin = await site.Admin(slug);
        when ??= Tomorrow9();
        return await (await admin.PostAsJsonAsync("/api/quality/inspections", new { applicationId, scheduledFor = when })).CreatedId();
    }

    public static string Tomorrow9() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Date.AddDays(1).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    internal static async Task<List<RegistryAuditEntry>> AuditAsync(QualityMarksSite site, string slug, Guid subject)
    {
        await using var scope = site.ScopeFor(slug);
        return await QualityMarksSite.Db(scope).Audit.AsNoTracking().Where(a => a.SubjectId == subject).OrderBy(a => a.At).ToListAsync();
    }

    /// <summary>A 160×120 JPEG, what a phone camera sends (smaller).</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(JpegBase64);

    public static MultipartFormDataContent Files(params (string Name, byte[] Bytes, string Type)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes, type) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "file", name);
        }
        return form;
    }

    /// <summary>A one-page PDF (a raw-material invoice), made with PDFsharp.</summary>
    public static byte[] Pdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private const string JpegBase64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAB4AKADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAQG/8QAFhABAQEAAAAAAAAAAAAAAAAAABJh/8QAFwEBAQEBAAAAAAAAAAAAAAAAAAQBB//EABcRAQEBAQAAAAAAAAAAAAAAAAASARH/2gAMAwEAAhEDEQA/ANxZaey3FYdDUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgUWWnssgTWWnstZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAostPZZAnstNZauGqbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQJr0vU96XqyGqL0vU96XpAovS9T3pekCi9L1Pel6QKL0vU96XpAovS9T3pekCi9L1Pel6QKL0vU96XpAovS9T3pekCi9L1Pel6QJ7LTWWsgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgU2WmssgT2WnstZDVFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIFFlp7LIE1lprLWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQKbLTWWQJ7LBVzAssDmBZYHMCywOYFlgcwLLA5gWWBzAssDmBZYHMCywOYP/2Q==";
}
