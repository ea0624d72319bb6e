using System.Globalization;
using System.Net;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>The quote PDF read back: what a buyer's importer files, in the buyer's language, with no member's own price.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class QuotePdfTests(InquiriesApp app)
{
    private const string Village = "bat-trang";
    private const long MemberPrice = 76_543;

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Normalize(System.Text.NormalizationForm.FormC);

    private async Task<string> PdfTextAsync(HttpClient client, Guid quote)
    {
        var response = await client.GetAsync($"/api/quotes/{quote}/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return Squash(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    [Fact]
    public async Task The_pdf_carries_brand_parties_lines_totals_terms_rate_and_the_mark_statement_but_no_member_price()
    {
        var buyer = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), status: Contracts.InquiryStatus.Allocating, wantsMarkedGoods: true);
        await QuotesGiven.AcceptedShareAsync(app, given, given.Quantity, VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(50), MemberPrice);
        var sent = await QuotesGiven.SendAsync(await app.ExportDesk(Village), given, new { lines = new[] { new { lineId = given.LineId, unitPrice = "3.17" } } });

        var text = await PdfTextAsync(buyer, sent.Id);
        var quote = await QuotesGiven.QuoteAsync(app, Village, sent.Id);
        var association = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!;
        var inquiry = await TradeGiven.ReadAsync(app, given);
        var en = CultureInfo.GetCultureInfo("en-US");
        var total = new Money(317L * given.Quantity, Currency.USD);
        var (deposit, balance) = total.SplitPercent(3000);

        text.ShouldContain(Squash(association.BrandName));
        text.ShouldContain("Quotation");
        text.ShouldContain(Squash(given.Number));
        text.ShouldContain(Squash(quote.SellerName));
        text.ShouldContain(Squash(inquiry.Buyer.Name));
        text.ShouldContain(Squash(inquiry.Buyer.Company!));
        text.ShouldContain(Squash(new Money(317, Currency.USD).Format(en)));
        text.ShouldContain(Squash(total.Format(en)));
        text.ShouldContain(Squash(deposit.Format(en)));
        text.ShouldContain(Squash(balance.Format(en)));
        text.ShouldContain(Squash(new Money(quote.TotalVnd, Currency.VND).Format(en)));
        text.ShouldContain("FOBHaiPhong");
        text.ShouldContain(Squash(quote.MarkSchemeName!));
        text.ShouldContain("genuine-mark");
        // The members' own price is between the association and its members only.
        text.ShouldNotContain(Squash(new Money(MemberPrice, Currency.VND).Format(en)));
        text.ShouldNotContain(MemberPrice.ToString(CultureInfo.InvariantCulture));
        text.ShouldNotContain("76,543");
    }

    [Fact]
    public async Task A_Vietnamese_buyer_gets_the_pdf_in_Vietnamese_and_a_Japanese_buyer_in_English()
    {
        var buyer = await app.Buyer(Village);
        var userId = await InquiriesSite.UserIdOf(buyer);
        var desk = await app.ExportDesk(Village);
        var later = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(90);

        var vi = await TradeGiven.InquiryAsync(app, Village, userId, status: Contracts.InquiryStatus.Allocating);
        await SpeaksAsync(vi, "vi");
        var viQuote = await QuotesGiven.SendAsync(desk, vi, new { deliveryDate = later, currency = "VND" });
        var viText = await PdfTextAsync(buyer, viQuote.Id);
        viText.ShouldContain("Báogiá");
        viText.ShouldContain("Tổngcộng");
        viText.ShouldContain("Đặtcọc");

        var ja = await TradeGiven.InquiryAsync(app, Village, userId, status: Contracts.InquiryStatus.Allocating);
        await SpeaksAsync(ja, "ja");
        var jaQuote = await QuotesGiven.SendAsync(desk, ja, new { deliveryDate = later });
        var jaText = await PdfTextAsync(buyer, jaQuote.Id);
        jaText.ShouldContain("Quotation");
        jaText.ShouldNotContain("見積書");
    }

    private async Task SpeaksAsync(GivenInquiry given, string language)
    {
        await using var scope = app.ScopeFor(Village);
        var db = InquiriesSite.Db(scope);
        var inquiry = await db.Inquiries.SingleAsync(i => i.Id == new Contracts.InquiryId(given.Id));
        db.Entry(inquiry).ComplexProperty(i => i.Buyer).CurrentValue = inquiry.Buyer with { Language = language };
        await db.SaveChangesAsync();
    }
}
