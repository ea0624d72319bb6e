using System.Globalization;
using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Inquiries.Tests.Quotes;

/// <summary>The desk's quote page (Vietnamese, plain form) and the buyer's quote page (the buyer's language, accept form).</summary>
[Collection(InquiriesCollection.Name)]
public sealed class QuotePagesTests(InquiriesApp app)
{
    private const string Village = "bat-trang";
    private const long MemberPrice = 65_432;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_desk_sends_a_version_from_its_Vietnamese_page_prefilled_from_the_allocation()
    {
        var buyer = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(buyer), status: InquiryStatus.Allocating);
        var due = VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(40);
        await QuotesGiven.AcceptedShareAsync(app, given, given.Quantity, due, MemberPrice);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");

        var url = $"/vi/admin/inquiries/{given.Id}/quotes";
        var page = await desk.GetStringAsync(url);
        page.ShouldContain("Gửi phiên bản này cho bên mua");
        page.ShouldContain($"value=\"{given.LineId}\"");
        page.ShouldContain($"value=\"{Day(due.AddDays(7))}\"");   // delivery from the accepted share plus the margin
        page.ShouldNotContain("<script>");

        var response = await desk.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Form.Currency"] = "USD",
            ["Form.Lines[0].LineId"] = given.LineId.ToString(),
            ["Form.Lines[0].UnitPrice"] = "4,20",
            ["Form.Lines[0].Quantity"] = given.Quantity.ToString(CultureInfo.InvariantCulture),
            ["Form.DeliveryDate"] = Day(due.AddDays(7)),
            ["Form.ValidUntil"] = Day(VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(20)),
            ["Form.Incoterm"] = "FOB",
            ["Form.DepositPercent"] = "40",
            ["Form.BalanceTerms"] = "Balance by L/C at sight",
            ["Form.SellerKind"] = "ExportCentre",
            ["Form.SellerName"] = "",
        }, Forms.Antiforgery(page));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldContain("sent=1");

        var listed = await desk.GetStringAsync(url);
        listed.ShouldContain("v1");
        var pdfLink = System.Text.RegularExpressions.Regex.Match(listed, "href=\"(\\?handler=Pdf&amp;quote=[0-9a-f-]+)\"");
        pdfLink.Success.ShouldBeTrue("the desk's versions link their PDF through the page (the desk browses with a cookie)");
        var pdf = await desk.GetByteArrayAsync(url + System.Net.WebUtility.HtmlDecode(pdfLink.Groups[1].Value));
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        var quotes = await buyer.GetStringAsync($"/api/inquiries/{given.Id}/quotes");
        quotes.ShouldContain("\"depositBasisPoints\":4000");
        quotes.ShouldContain("\"kind\":\"ExportCentre\"");
        quotes.ShouldContain($"\"minorUnits\":{420L * given.Quantity}");
    }

    [Fact]
    public async Task The_buyer_accepts_the_latest_version_on_a_Japanese_page_and_a_superseded_one_has_no_accept_button()
    {
        var api = await app.Buyer(Village);
        var given = await TradeGiven.InquiryAsync(app, Village, await InquiriesSite.UserIdOf(api), status: InquiryStatus.Allocating);
        await QuotesGiven.AcceptedShareAsync(app, given, given.Quantity, VietnamCalendar.Today(DateTimeOffset.UtcNow).AddDays(40), MemberPrice);
        var desk = await app.ExportDesk(Village);
        var v1 = await QuotesGiven.SendAsync(desk, given);
        var v2 = await QuotesGiven.SendAsync(desk, given, new { lines = new[] { new { lineId = given.LineId, unitPrice = "5.55" } } });
        var buyer = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Homeware);

        var old = await buyer.GetStringAsync($"/ja/account/quotes/{v1.Id}");
        old.ShouldContain("新しい版に差し替え済み");
        old.ShouldNotContain("id=\"accept-quote\"");

        var url = $"/ja/account/quotes/{v2.Id}";
        var page = await buyer.GetStringAsync(url);
        page.ShouldContain("この見積を承諾する");
        page.ShouldContain("id=\"accept-quote\"");
        page.ShouldContain($"/account/quotes/{v2.Id}?handler=Pdf");
        var pdf = await buyer.GetByteArrayAsync($"/ja/account/quotes/{v2.Id}?handler=Pdf");
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        page.ShouldContain($"/account/inquiries/{given.Id}");
        page.ShouldContain("5.55");   // the group price
        page.ShouldNotContain("65432");
        page.ShouldNotContain("65.432");
        page.ShouldNotContain("65 432");

        var refused = await buyer.PostFormAsync($"/ja/account/quotes/{v1.Id}?handler=Accept", new Dictionary<string, string>(), Forms.Antiforgery(old));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("この版は新しい版に差し替えられました");

        var response = await buyer.PostFormAsync($"{url}?handler=Accept", new Dictionary<string, string>(), Forms.Antiforgery(page));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var stored = await QuotesGiven.QuoteAsync(app, Village, v2.Id);
        stored.Status.ShouldBe(QuoteStatus.Accepted);
        var done = await buyer.GetStringAsync(response.Headers.Location!.ToString());
        done.ShouldContain(stored.OrderId!.Value.ToString());
        done.ShouldNotContain("id=\"accept-quote\"");

        var other = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Decor);
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
