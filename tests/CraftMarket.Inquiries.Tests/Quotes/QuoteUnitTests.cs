using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.InquiryList;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using CraftMarket.SharedKernel.Trade;
using UglyToad.PdfPig;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>Silk asked for by the metre is asked for, quoted, printed, offered and read by the metre (ADR 0073).</summary>
[Collection(InquiriesCollection.Name)]
public sealed class QuoteUnitTests(InquiriesApp app)
{
    private const string Village = "van-phuc";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

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

    [Fact]
    public async Task The_add_page_the_apis_refusals_the_buyers_and_the_desks_pages_count_silk_in_metres()
    {
        var silk = await TradeGiven.PublishedProductAsync(app, Village, unit: UnitOfSale.Metre);
        var moq = silk.MinimumOrderQuantity;
        var browser = app.ClientFor(Village);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var add = WebUtility.HtmlDecode(await browser.GetStringAsync($"/inquiry-list/add?product={silk.Id}"));
        add.ShouldContain($"<dd>{N(moq)} metres</dd>");
        add.ShouldContain($"<dd>{N(silk.OrderMultiple)} metres</dd>");
        add.ShouldContain("Quantity (metres)");
        add.ShouldNotContain("pieces");

        var buyer = await app.Buyer(Village);
        var below = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries/check", ListGiven.Body(silk, moq - 1)));
        below["lines[0].quantity"].ShouldBe([$"Below the minimum order of {N(moq)} metres."]);
        var loose = await ListGiven.ErrorsAsync(await buyer.PostAsJsonAsync("/api/inquiries/check", ListGiven.Body(silk, ListGiven.Valid(silk) + 1)));
        loose["lines[0].quantity"].ShouldBe([$"Order in whole cases of {N(silk.OrderMultiple)} metres: {N(ListGiven.Valid(silk, 1))} metres would do."]);

        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), unit: UnitOfSale.Metre);
        var mine = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Homeware);
        var detail = WebUtility.HtmlDecode(await mine.GetStringAsync($"/en/account/inquiries/{given.Id}"));
        detail.ShouldContain($"{given.Quantity.ToString("N0", CultureInfo.InvariantCulture)} metres");
        detail.ShouldContain("Your target unit price");
        detail.ShouldNotContain("per piece");

        // The desk reads the line's quantity and the product's minimum in metres, in the desk's language.
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var staff = WebUtility.HtmlDecode(await desk.GetStringAsync($"/admin/inquiries/{given.Id}"));
        var language = System.Text.RegularExpressions.Regex.Match(staff, "<html lang=\"([a-z]{2})").Groups[1].Value;
        staff.ShouldContain(UnitWords.Quantity(given.Quantity, UnitOfSale.Metre, language, CultureInfo.InvariantCulture), customMessage: language);
        staff.ShouldContain(UnitWords.Quantity(moq, UnitOfSale.Metre, language, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_household_is_offered_silk_in_metres_on_its_phone_page_and_in_its_text()
    {
        var buyer = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), unit: UnitOfSale.Metre);
        var (member, phone) = await app.InviteHousehold(Village, "Hộ dệt Thử Mét");
        await app.Texts.WaitForCount(phone, 1);
        var household = new Offers.GivenHousehold(member, phone, Village);
        var share = await Offers.OffersGiven.ShareAsync(app, given, household, 120);
        var sent = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{given.Id}/offers",
            new { lines = new[] { new { lineId = given.LineId, memberUnitPriceVnd = 150_000L } } });
        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());

        var text = Offers.OffersGiven.OfferTexts(app, household).ShouldHaveSingleItem();
        text.ShouldContain("SL 120 mét");
        text.ShouldContain("150.000đ/mét");
        text.ShouldNotContain("/sp");

        var phonePage = await Offers.OffersGiven.PhoneBrowser(app, household);
        var list = WebUtility.HtmlDecode(await phonePage.GetStringAsync("/account/offers"));
        list.ShouldContain("120 mét");
        list.ShouldContain("150.000 đ/mét");
        var page = WebUtility.HtmlDecode(await phonePage.GetStringAsync($"/account/offers/{share}"));
        page.ShouldContain("120 mét");
        page.ShouldContain("150.000 đ mỗi mét");
        page.ShouldNotContain("mỗi chiếc");
    }
}
