using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// The quality mark end to end. A household's application for Bat Trang's mark is submitted with a
/// raw-material invoice and passes its inspection (through the real API); the inspector then grants
/// the certificate on a 360 px phone through the grant page; the export desk prints a batch of
/// labels; a buyer whose phone reads English opens the URL of a label's QR code, as a camera app
/// would, and sees "Genuine". The verify page passes axe.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class QualityMarkJourneyTests(LiveSite site)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task An_inspector_grants_on_a_phone_and_a_buyer_who_scans_a_label_sees_genuine_in_English()
    {
        var admin = await site.ApiAsync(Village, Auth.AssociationAdmin(Village));
        var (schemeId, criteria, product, maker) = await ApplicationSubjectAsync(admin);

        var application = await Created(await admin.PostAsJsonAsync("/api/quality/applications",
            new { schemeId, memberId = maker, productIds = new[] { product }, note = "Đất sét từ bãi của làng." }));
        using (var form = new MultipartFormDataContent())
        {
            var invoice = new ByteArrayContent(Encoding.ASCII.GetBytes(MinimalPdf));
            invoice.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(invoice, "files", "hoa-don-dat-set.pdf");
            (await admin.PostAsync($"/api/quality/applications/{application}/evidence", form)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await admin.PostAsync($"/api/quality/applications/{application}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var tomorrow = DateTime.UtcNow.AddHours(7).Date.AddDays(1).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var visit = await Created(await admin.PostAsJsonAsync("/api/quality/inspections", new { applicationId = application, scheduledFor = tomorrow }));
        var inspectorLogin = $"inspector@{Village}.craftmarket.local";
        var inspector = await site.ApiAsync(Village, inspectorLogin);
        var recorded = await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record", new
        {
            findings = criteria.Select(key => new { criterionKey = key, met = true, notes = "Đạt", photoFileIds = Array.Empty<Guid>() }),
            defects = new[] { new { type = "rạn men không đều", count = 1 } },
            sampleSize = 20,
            outcome = "Passed",
            notes = "Mẫu đạt.",
        });
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK, await recorded.Content.ReadAsStringAsync());

        // The inspector grants on the phone.
        var phone = await site.NewPageAsync(360, 740);
        await site.SignInAsync(phone, Village, inspectorLogin);
        await phone.GotoAsync(site.Url(Village, $"/admin/quality/certificates/grant/{application}"));
        await phone.ClickAsync("#grant");
        // The confirmation's own HTML is what matters; its "load" event also waits for every image and
        // style, which once took over 15 s on a busy CI machine.
        await phone.WaitForURLAsync(url => !url.Contains("/grant/", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 45_000 });
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360, "the grant confirmation fits the phone");
        await phone.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("quality-grant-phone"), FullPage = true });

        // The export desk prints labels for the certified product; the CSV carries each QR code's URL.
        var desk = await site.ApiAsync(Village, $"export@{Village}.craftmarket.local");
        var batch = await Created(await desk.PostAsJsonAsync("/api/quality/label-batches", new { productId = product, quantity = 3, size = "small" }));
        var csv = await desk.GetStringAsync($"/api/quality/label-batches/{batch}/codes.csv");
        var url = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].Split(',')[^1].Trim().Trim('"');
        url.ShouldStartWith("HTTP://BAT-TRANG.LOCALHOST:", Case.Sensitive, "upper case keeps the QR code in alphanumeric mode");

        // A buyer's phone in English opens the label's URL.
        var buyer = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            Locale = "en-US",
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "en-US,en;q=0.9" },
        });
        var scan = await buyer.NewPageAsync();
        var response = await scan.GotoAsync(url);
        response!.Status.ShouldBe(200);
        (await scan.TextContentAsync("h1"))!.Trim().ShouldBe("Genuine");
        (await scan.Locator("h1.genuine").CountAsync()).ShouldBe(1);
        (await scan.EvaluateAsync<int>("document.scripts.length")).ShouldBe(0, "the verify page needs no JavaScript");
        (await scan.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        await Axe.ShouldHaveNoViolationsAsync(scan, "the verify page of a genuine label, in English");
        await scan.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("quality-verify-genuine-phone"), FullPage = true });
    }

    /// <summary>Bat Trang's mark, its current criteria, and a published product of a member that no certificate covers yet.</summary>
    private async Task<(Guid Scheme, string[] Criteria, Guid Product, Guid Maker)> ApplicationSubjectAsync(HttpClient admin)
    {
        var schemes = JsonDocument.Parse(await admin.GetStringAsync("/api/quality/schemes")).RootElement;
        var list = schemes.ValueKind == JsonValueKind.Array ? schemes : schemes.GetProperty("items");
        var scheme = list.EnumerateArray().First(s => s.GetProperty("code").GetString() == "gom-bat-trang").GetProperty("id").GetGuid();
        var detail = JsonDocument.Parse(await admin.GetStringAsync($"/api/quality/schemes/{scheme}")).RootElement;
        var categories = detail.GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var criteria = detail.GetProperty("current").GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToArray();

        await using var scope = site.Services.CreateAsyncScope();
        var tenant = site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, Village);
        var marked = await scope.ServiceProvider.GetRequiredService<IQualityMarkBadges>().MarkedProductsAsync(default);
        await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(default))
            if (p.Makers.Count > 0 && !marked.Contains(p.Id) && (categories.Count == 0 || categories.Contains(p.CategoryId.Value.ToString())))
                return (scheme, criteria, p.Id.Value, p.Makers[0].Value);
        throw new InvalidOperationException("Bat Trang's demo catalogue has no unmarked published product in the mark's categories.");
    }

    private static async Task<Guid> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private const string MinimalPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
}
