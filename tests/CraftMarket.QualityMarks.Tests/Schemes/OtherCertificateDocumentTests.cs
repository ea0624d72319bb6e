using System.Net;
using System.Net.Http.Json;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.QualityMarks.Tests.Schemes.OtherCertificateTests;
using static CraftMarket.QualityMarks.Tests.Schemes.SchemeRequests;

namespace CraftMarket.QualityMarks.Tests.Schemes;

/// <summary>A certificate's document: kept privately through Media; staff and the member itself download it, nobody else.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class OtherCertificateDocumentTests(QualityMarksApp app)
{
    [Fact]
    public async Task Staff_and_the_member_download_the_document_and_nobody_else_can()
    {
        var holder = await ActiveHouseholdAsync(app, "bat-trang");
        var neighbour = await ActiveHouseholdAsync(app, "bat-trang");
        var staff = await app.ExportDesk("bat-trang");
        var id = (await CreatedAsync(await staff.PostAsJsonAsync("/api/quality/other-certificates", Certificate(holder.Id)))).GetProperty("id").GetString()!;
        var pdf = TestFiles.Pdf();
        var attached = await OkAsync(await staff.PutAsync($"/api/quality/other-certificates/{id}/document", TestFiles.Form(pdf, "iso.pdf", "application/pdf")));
        attached.GetProperty("hasDocument").GetBoolean().ShouldBeTrue();
        attached.GetProperty("document").GetProperty("contentType").GetString().ShouldBe("application/pdf");

        var url = $"/api/quality/other-certificates/{id}/document";
        var download = await staff.GetAsync(url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");

        var owner = await app.Producer("bat-trang", holder.Phone);
        (await owner.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var other = await app.Producer("bat-trang", neighbour.Phone);
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PutAsync($"/api/quality/other-certificates/{id}/document", TestFiles.Form(pdf, "x.pdf", "application/pdf")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Admin("van-phuc")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Admin("van-phuc")).PutAsync($"/api/quality/other-certificates/{id}/document", TestFiles.Form(pdf, "x.pdf", "application/pdf")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Staff("bat-trang", "buyer@homeware.example")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous("bat-trang").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The staff page offers the same download; another association's admin finds nothing.
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie("export@bat-trang.craftmarket.local");
        var page = await browser.GetAsync($"/vi/admin/quality/other-certificates/{id}?handler=Document");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }

    [Fact]
    public async Task A_photo_is_accepted_junk_is_refused_and_a_withdrawn_certificate_takes_no_document()
    {
        var holder = await ActiveHouseholdAsync(app, "bat-trang");
        var staff = await app.Inspector("bat-trang");
        var id = (await CreatedAsync(await staff.PostAsJsonAsync("/api/quality/other-certificates", Certificate(holder.Id, "HACCP")))).GetProperty("id").GetString()!;
        var url = $"/api/quality/other-certificates/{id}/document";
        await ShouldNameFieldAsync(await staff.PutAsync(url, TestFiles.Form("%PDF-1.7 but not really"u8.ToArray(), "x.pdf", "application/pdf")), "file");
        (await OkAsync(await staff.PutAsync(url, TestFiles.Form(TestFiles.Png(), "scan.png", "image/png"))))
            .GetProperty("document").GetProperty("contentType").GetString()!.ShouldStartWith("image/");
        (await staff.PostAsJsonAsync($"/api/quality/other-certificates/{id}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.PutAsync(url, TestFiles.Form(TestFiles.Pdf(), "x.pdf", "application/pdf"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
