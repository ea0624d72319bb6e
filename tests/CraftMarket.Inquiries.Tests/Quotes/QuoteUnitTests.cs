using System.Net;
using System.Text.Json;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.SharedKernel.Trade;
using UglyToad.PdfPig;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>Silk asked for by the metre is quoted, printed and read by the metre (ADR 0073).</summary>
[Collection(InquiriesCollection.Name)]
public sealed class QuoteUnitTests(InquiriesApp app)
{
    private const string Village = "van-phuc";

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Normalize(System.Text.NormalizationForm.FormC);

    [Fact]
    public async Task A_line_for_fabric_sold_by_the_metre_is_quoted_in_metres_on_the_page_in_the_api_and_in_the_pdf()
    {
        var buyer = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), status: Contracts.InquiryStatus.Allocating, unit: UnitOfSale.Metre);
        await QuotesGiven.AcceptedShareAsync(app, given, given.Quantity, VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(50), 150_000);
        var sent = await QuotesGiven.SendAsync(await app.ExportDesk(Village), given, new { lines = new[] { new { lineId = given.LineId, unitPrice = "11.50" } } });

        (await QuotesGiven.QuoteAsync(app, Village, sent.Id)).Lines.Single().Unit.ShouldBe(UnitOfSale.Metre);
        var api = JsonDocument.Parse(await buyer.GetStringAsync($"/api/quotes/{sent.Id}")).RootElement;
        api.GetProperty("lines")[0].GetProperty("unit").GetString().ShouldBe("metre");

        var response = await buyer.GetAsync($"/api/quotes/{sent.Id}/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
        text.ShouldContain(Squash(given.Quantity.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")) + " metres"));
        text.ShouldContain(Squash("US$11.50 per metre"));
        text.ShouldNotContain("pieces");
    }
}
