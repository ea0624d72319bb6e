using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace CraftMarket.QualityMarks.Tests.Registry;

[Collection(QualityMarksCollection.Name)]
public sealed class LabelSheetTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";
    private const double Mm = 72 / 25.4;

    [Fact]
    public async Task A_sheet_of_small_labels_carries_every_code_as_text_and_as_a_QR_code_of_its_verify_URL()
    {
        var certificate = await RegistryGiven.CertificateAsync(app, Village, product: 1);
        var batch = await LabelBatchGiven.BatchAsync(app, certificate, 40, LabelSize.Small);
        var codes = await LabelBatchGiven.CodesAsync(app, Village, batch);
        var name = await ProductNameAsync(certificate);

        var (pdf, baseUrl) = await DownloadAsync(await app.Admin(Village), batch);
        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        var page = document.GetPage(1);
        var text = Squash(page.Text);
        foreach (var code in codes) text.ShouldContain(code.ShortCode);
        name.ShouldMatch("[^\\x00-\\x7F]", "the demo product's Vietnamese name has diacritics");
        text.ShouldContain(Squash(name), customMessage: "the product name, diacritics intact");
        text.ShouldContain(Squash("Gốm Bát Tràng"));

        var found = PdfQrCodes.On(page);
        found.Select(q => q.Text).ShouldBe(codes.Select(c => c.VerifyUrl(baseUrl)), ignoreOrder: true);
        found.ShouldAllBe(q => q.AlphanumericMode && q.ErrorCorrection == "M");
        found.ShouldAllBe(q => q.Bounds.Width >= 20 * Mm && q.Bounds.Left >= 5 * Mm && q.Bounds.Right <= page.Width - 5 * Mm
            && q.Bounds.Bottom >= 10 * Mm && q.Bounds.Top <= page.Height - 10 * Mm);
        NoneOverlap(found.Select(q => q.Bounds).ToList());
    }

    [Fact]
    public async Task Hang_tags_are_eight_to_a_page_with_brand_mark_product_and_code_and_the_export_desk_may_print_them()
    {
        var certificate = await RegistryGiven.CertificateAsync(app, Village, product: 2);
        var batch = await LabelBatchGiven.BatchAsync(app, certificate, 10, LabelSize.HangTag);
        var codes = await LabelBatchGiven.CodesAsync(app, Village, batch);

        var (pdf, baseUrl) = await DownloadAsync(await app.ExportDesk(Village), batch);
        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(2);
        var pages = document.GetPages().ToList();
        var found = pages.SelectMany(PdfQrCodes.On).ToList();
        PdfQrCodes.On(pages[0]).Count.ShouldBe(8);
        found.Select(q => q.Text).ShouldBe(codes.Select(c => c.VerifyUrl(baseUrl)), ignoreOrder: true);
        found.ShouldAllBe(q => q.Bounds.Width >= 30 * Mm, "hang tags carry a larger QR code");
        var text = Squash(string.Concat(pages.Select(p => p.Text)));
        foreach (var code in codes) text.ShouldContain(code.ShortCode);
        text.ShouldContain(Squash(await ProductNameAsync(certificate)));
        text.ShouldContain(Squash("Dấu thử"), customMessage: "the mark's name");
    }

    [Fact]
    public async Task Ten_thousand_codes_lay_out_on_250_pages_and_a_sample_reads_back()
    {
        var certificate = await RegistryGiven.CertificateAsync(app, Village, product: 3);
        var batch = await LabelBatchGiven.BatchAsync(app, certificate, 10_000, LabelSize.Small);
        var codes = await LabelBatchGiven.CodesAsync(app, Village, batch);

        var (pdf, baseUrl) = await DownloadAsync(await app.Admin(Village), batch);
        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(250);
        foreach (var number in new[] { 1, 137, 250 })
        {
            var page = document.GetPage(number);
            var expected = codes.Skip((number - 1) * 40).Take(40).ToList();
            PdfQrCodes.On(page).Select(q => q.Text).ShouldBe(expected.Select(c => c.VerifyUrl(baseUrl)), ignoreOrder: true);
            var text = Squash(page.Text);
            foreach (var code in expected) text.ShouldContain(code.ShortCode);
        }
    }

    [Fact]
    public async Task A_run_of_serials_can_be_reprinted_and_bad_runs_and_revoked_batches_are_refused()
    {
        var certificate = await RegistryGiven.CertificateAsync(app, Village, product: 1);
        var batch = await LabelBatchGiven.BatchAsync(app, certificate, 100, LabelSize.Small);
        var codes = await LabelBatchGiven.CodesAsync(app, Village, batch);
        var admin = await app.Admin(Village);

        var (pdf, baseUrl) = await DownloadAsync(admin, batch, "?from=41&to=45");
        using (var document = PdfDocument.Open(pdf))
            PdfQrCodes.On(document.GetPage(1)).Select(q => q.Text).ShouldBe(codes.Skip(40).Take(5).Select(c => c.VerifyUrl(baseUrl)), ignoreOrder: true);

        (await admin.GetAsync($"/api/quality/label-batches/{batch.Id}/labels.pdf?from=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/quality/label-batches/{batch.Id}/labels.pdf?from=50&to=49")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync($"/api/quality/label-batches/{batch.Id}/labels.pdf?to=101")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var revoked = await LabelBatchGiven.BatchAsync(app, certificate, 5, LabelSize.Small, revoked: true);
        (await admin.GetAsync($"/api/quality/label-batches/{revoked.Id}/labels.pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_associations_admin_and_export_desk_print_its_labels()
    {
        var certificate = await RegistryGiven.CertificateAsync(app, Village);
        var batch = await LabelBatchGiven.BatchAsync(app, certificate, 3, LabelSize.Small);
        var path = $"/api/quality/label-batches/{batch.Id}/labels.pdf";

        (await (await app.Admin("van-phuc")).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another association's batch does not exist for it");
        (await (await app.ExportDesk("van-phuc")).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Inspector(Village)).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.Admin(Village)).GetAsync($"/api/quality/label-batches/{Guid.NewGuid()}/labels.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<(byte[] Pdf, string BaseUrl)> DownloadAsync(HttpClient client, LabelBatch batch, string query = "")
    {
        var response = await client.GetAsync($"/api/quality/label-batches/{batch.Id}/labels.pdf{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var uri = response.RequestMessage!.RequestUri!;
        return (await response.Content.ReadAsByteArrayAsync(), $"{uri.Scheme}://{uri.Authority}");
    }

    private async Task<string> ProductNameAsync(GivenCertificate certificate)
    {
        await using var scope = app.ScopeFor(certificate.Slug);
        var names = await scope.ServiceProvider.GetRequiredService<ICatalogue>().NamesAsync([new ProductId(certificate.ProductId)], default);
        return names.Single().Name["vi"];
    }

    /// <summary>Text as PdfPig reads it joins wrapped lines without a space: compare without white space.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Normalize(System.Text.NormalizationForm.FormC);

    private static void NoneOverlap(IReadOnlyList<PdfRectangle> boxes)
    {
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;
                overlap.ShouldBeFalse($"QR codes {i} and {j} overlap");
            }
    }
}
