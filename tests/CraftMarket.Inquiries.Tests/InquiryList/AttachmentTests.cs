using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.InquiryList;

/// <summary>POST /api/inquiries/{id}/attachments: real PDFs and photos kept through Media, anything else refused, only by the buyer who sent it.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class AttachmentTests(InquiriesApp app)
{
    [Fact]
    public async Task A_real_PDF_and_a_JPEG_are_kept_and_a_program_renamed_pdf_is_refused()
    {
        var (buyer, id) = await SentAsync();

        var kept = await buyer.PostAsync($"/api/inquiries/{id}/attachments", Files(("spec sheet.pdf", ListGiven.Pdf(), "application/pdf"),
            ("glaze.jpg", ListGiven.Jpeg(), "image/jpeg")));
        kept.StatusCode.ShouldBe(HttpStatusCode.OK, await kept.Content.ReadAsStringAsync());
        var files = await kept.Content.ReadFromJsonAsync<JsonElement>();
        files.EnumerateArray().Select(f => f.GetProperty("contentType").GetString()).ShouldBe(["application/pdf", "image/jpeg"]);

        var refused = await ListGiven.ErrorsAsync(await buyer.PostAsync($"/api/inquiries/{id}/attachments",
            Files(("drawing.pdf", ListGiven.ExeNamedPdf(), "application/pdf"))));
        refused["attachments"].ShouldHaveSingleItem().ShouldStartWith("drawing.pdf: ");

        await using var scope = app.ScopeFor("bat-trang");
        var stored = await InquiriesSite.Db(scope).Inquiries.AsNoTracking().SingleAsync(i => i.Id == new InquiryId(id));
        stored.Attachments.Select(a => a.FileName).ShouldBe(["spec sheet.pdf", "glaze.jpg"]);
    }

    [Fact]
    public async Task Another_buyer_gets_404_and_an_inquiry_holds_at_most_ten_files()
    {
        var (_, id) = await SentAsync();
        var other = await app.Buyer("bat-trang", DemoBuyers.Decor);
        (await other.PostAsync($"/api/inquiries/{id}/attachments", Files(("a.pdf", ListGiven.Pdf(), "application/pdf"))))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (buyer, mine) = await SentAsync();
        var eleven = Enumerable.Range(0, 11).Select(i => ($"p{i}.pdf", ListGiven.Pdf(), "application/pdf")).ToArray();
        (await ListGiven.ErrorsAsync(await buyer.PostAsync($"/api/inquiries/{mine}/attachments", Files(eleven))))["attachments"]
            .ShouldBe(["An inquiry holds at most 10 files."]);
    }

    private async Task<(HttpClient Buyer, Guid Id)> SentAsync()
    {
        var product = await ListGiven.CasedProductAsync(app, "bat-trang");
        var buyer = await app.Buyer("bat-trang");
        var response = await buyer.PostAsJsonAsync("/api/inquiries", ListGiven.Body(product, ListGiven.Valid(product)));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (buyer, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes, string Type)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes, type) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "files", name);
        }
        return form;
    }
}
