using System.Net;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.QualityMarks.Tests.Applications;

/// <summary>
/// Evidence goes through Media's private files (sniffed, photos re-encoded): several files in one
/// multipart request, read back only by the household and the association's staff, removable
/// only before the application is submitted.
/// </summary>
[Collection(QualityMarksCollection.Name)]
public sealed class EvidenceTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_household_uploads_photos_and_a_pdf_and_only_it_and_staff_read_them_back()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var owner = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await (await owner.Client.ApplyAsync(scheme.Id.Value, owner.ProductId)).CreatedId();

        var added = await (await owner.Client.PostAsync($"/api/quality/applications/{id}/evidence", ApplicationsGiven.Files(
            ("lo-gom.jpg", ApplicationsGiven.Jpeg(), "image/jpeg"), ("hoa-don.pdf", ApplicationsGiven.Pdf(), "application/pdf")))).Json();
        var evidence = added.GetProperty("evidence").EnumerateArray().ToList();
        evidence.Select(e => e.GetProperty("kind").GetString()).ShouldBe(["Photo", "Document"]);
        var photo = evidence[0].GetProperty("fileId").GetGuid();
        var pdf = evidence[1].GetProperty("fileId").GetGuid();

        var own = await owner.Client.GetAsync($"/api/quality/applications/{id}/evidence/{photo}");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        own.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var document = await (await app.Inspector(Village)).GetAsync($"/api/quality/applications/{id}/evidence/{pdf}");
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        document.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");

        var neighbour = await ApplicationsGiven.HouseholdAsync(app, Village);
        (await neighbour.Client.GetAsync($"/api/quality/applications/{id}/evidence/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Admin("van-phuc")).GetAsync($"/api/quality/applications/{id}/evidence/{photo}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous(Village).GetAsync($"/api/quality/applications/{id}/evidence/{photo}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // A file of another application (the neighbour's) is not served through this one, though both are the village's.
        var theirs = await (await neighbour.Client.ApplyAsync(scheme.Id.Value, neighbour.ProductId)).CreatedId();
        var theirFile = (await (await neighbour.Client.PostAsync($"/api/quality/applications/{theirs}/evidence",
            ApplicationsGiven.Files(("x.jpg", ApplicationsGiven.Jpeg(), "image/jpeg")))).Json()).GetProperty("evidence")[0].GetProperty("fileId").GetGuid();
        (await owner.Client.GetAsync($"/api/quality/applications/{id}/evidence/{theirFile}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Not a photo or a PDF: refused by Media's sniffing, whatever the name says.
        var fake = await owner.Client.PostAsync($"/api/quality/applications/{id}/evidence",
            ApplicationsGiven.Files(("hoa-don.pdf", "<html><script>alert(1)</script></html>"u8.ToArray(), "application/pdf")));
        (await fake.Problem()).Keys.ShouldContain("file");

        (await owner.Client.DeleteAsync($"/api/quality/applications/{id}/evidence/{pdf}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.Client.GetAsync($"/api/quality/applications/{id}/evidence/{pdf}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await owner.Client.PostAsync($"/api/quality/applications/{id}/submit", null)).Json()).GetProperty("status").GetString().ShouldBe("Submitted");
        (await owner.Client.DeleteAsync($"/api/quality/applications/{id}/evidence/{photo}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var audit = (await ApplicationsGiven.AuditAsync(app, Village, id)).Select(a => a.Action).ToList();
        audit.ShouldBe(["created", "evidence-added", "evidence-added", "evidence-removed", "submitted"]);
    }

    [Fact]
    public async Task The_household_attaches_a_photo_on_the_new_application_form_and_submits_at_once()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village, signedIn: false);
        var browser = await PhonePagesTests.PhoneBrowser(app, household);

        var form = await browser.GetStringAsync("/account/quality/new");
        var posted = await browser.PostMultipartAsync("/account/quality/new", Forms.Antiforgery(form),
            [("SchemeId", scheme.Id.Value.ToString()), ("ProductIds", household.ProductId.ToString()), ("SubmitNow", "true")],
            [("Files", "lo-gom.jpg", ApplicationsGiven.Jpeg(), "image/jpeg"), ("Files", "", [], "application/octet-stream")]);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var page = await browser.GetStringAsync(posted.Headers.Location!.OriginalString);
        page.ShouldContain("Đã nộp, chờ Hội xem");
        var thumbnail = System.Text.RegularExpressions.Regex.Match(page, "<img src=\"([^\"]*handler=Evidence[^\"]*)\"").Groups[1].Value;
        thumbnail.ShouldContain("handler=Evidence");
        var image = await browser.GetAsync(WebUtility.HtmlDecode(thumbnail));
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
    }
}
