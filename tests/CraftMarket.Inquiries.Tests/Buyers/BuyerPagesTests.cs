using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Buyers;

/// <summary>
/// /account/inquiries and /account/inquiries/{id} as a browser without script uses them: cookie
/// sign-in, the antiforgery token from the rendered page, plain forms; in the buyer's language.
/// </summary>
[Collection(InquiriesCollection.Name)]
public sealed class BuyerPagesTests(InquiriesApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_buyer_reads_their_inquiry_page_without_internal_notes_and_writes_to_the_desk()
    {
        var browser = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Homeware);
        var given = await BuyersGiven.InquiryAsync(app, Village, await app.Buyer(Village));
        var note = BuyersGiven.Marker("note-margin");
        var said = BuyersGiven.Marker("desk-hello");
        await BuyersGiven.MessageAsync(app, given, note, isInternal: true);
        await BuyersGiven.MessageAsync(app, given, said, isInternal: false);
        var old = await BuyersGiven.QuoteAsync(app, given, 1, 80_000, status: QuoteStatus.Superseded);
        var current = await BuyersGiven.QuoteAsync(app, given, 2, 78_000);

        var list = await Html(browser, "/en/account/inquiries");
        list.ShouldContain($"data-inquiry=\"{given.Id}\"");
        list.ShouldContain(given.Number);

        var url = $"/en/account/inquiries/{given.Id}";
        var page = await Html(browser, url);
        page.ShouldContain(given.Number);
        page.ShouldContain(said);
        page.ShouldNotContain(note);
        page.ShouldContain($"class=\"quote-version quote-superseded\" data-quote=\"{old}\"");
        page.ShouldContain("Superseded by a later version");
        page.ShouldContain($"href=\"/en/account/quotes/{current}\"");
        // The page's PDF link works with the browser's cookie (/api takes bearer tokens only).
        page.ShouldContain($"href=\"/en/account/quotes/{current}?handler=Pdf\"");
        var pdf = await browser.GetByteArrayAsync($"/en/account/quotes/{current}?handler=Pdf");
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        page.ShouldContain("Read and accept");
        var content = BuyersGiven.Marker("page-spec");
        var file = await BuyersGiven.AttachmentAsync(app, given, content);
        var withFile = await Html(browser, url);
        var link = $"/en/account/inquiries/{given.Id}?file={file}&handler=Attachment";
        withFile.ShouldContain(link);
        (await browser.GetStringAsync(link)).ShouldContain(content);

        var text = BuyersGiven.Marker("please-confirm-glaze");
        var sent = await browser.PostFormAsync($"{url}?handler=Message", new Dictionary<string, string> { ["Body"] = text }, Forms.Antiforgery(page));
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        var after = await Html(browser, sent.Headers.Location!.OriginalString);
        after.ShouldContain(text);
        after.ShouldContain("Your message was sent to the export desk.");
        await using (var scope = app.ScopeFor(Village))
        {
            var message = await InquiriesSite.Db(scope).Messages.SingleAsync(m => m.InquiryId == new InquiryId(given.Id) && m.Body == text);
            message.Author.ShouldBe(MessageAuthor.Buyer);
            message.IsInternal.ShouldBeFalse();
        }
        // An empty message is refused on the page, in words.
        var empty = await browser.PostFormAsync($"{url}?handler=Message", new Dictionary<string, string> { ["Body"] = "  " }, Forms.Antiforgery(after));
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("Write a message.");
    }

    [Fact]
    public async Task Another_buyers_inquiry_page_is_not_found_and_a_household_cannot_open_it()
    {
        var given = await BuyersGiven.InquiryAsync(app, Village, await app.Buyer(Village, DemoBuyers.Homeware));
        var url = $"/account/inquiries/{given.Id}";
        var decor = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Decor);
        (await decor.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Html(decor, "/account/inquiries")).ShouldNotContain(given.Number);
        var elsewhere = await app.ClientFor("van-phuc").SignedInWithCookie(DemoBuyers.Homeware);
        (await elsewhere.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor(Village).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);   // to the sign-in page
    }

    [Fact]
    public async Task The_buyer_withdraws_from_the_page_and_the_button_is_gone_once_accepted()
    {
        var browser = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Homeware);
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer);
        var url = $"/en/account/inquiries/{given.Id}";
        var page = await Html(browser, url);
        page.ShouldContain("Withdraw this inquiry");
        var revision = (await TradeGiven.ReadAsync(app, given)).Revision;
        var done = await browser.PostFormAsync($"{url}?handler=Withdraw",
            new Dictionary<string, string> { ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Forms.Antiforgery(page));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect, await done.Content.ReadAsStringAsync());
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Withdrawn);
        var after = await Html(browser, done.Headers.Location!.OriginalString);
        after.ShouldContain("You withdrew this inquiry. Nothing more will happen with it.");
        after.ShouldNotContain("Withdraw this inquiry");

        var accepted = await BuyersGiven.InquiryAsync(app, Village, buyer, status: InquiryStatus.Accepted);
        var acceptedPage = await Html(browser, $"/en/account/inquiries/{accepted.Id}");
        acceptedPage.ShouldNotContain("Withdraw this inquiry");
        // A forged post is refused with the reason, and nothing changes.
        var forged = await browser.PostFormAsync($"/en/account/inquiries/{accepted.Id}?handler=Withdraw", new Dictionary<string, string>(),
            Forms.Antiforgery(acceptedPage));
        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()).ShouldContain("You accepted a quote for this inquiry, so it can no longer be withdrawn.");
        (await TradeGiven.ReadAsync(app, accepted)).Status.ShouldBe(InquiryStatus.Accepted);
    }

    [Fact]
    public async Task On_the_platform_host_the_list_shows_every_villages_inquiries_linking_to_their_village_sites()
    {
        var buyer = await app.Buyer(Village);
        var here = await BuyersGiven.InquiryAsync(app, Village, buyer);
        var there = await BuyersGiven.InquiryAsync(app, "van-phuc", buyer);
        var platform = await app.ClientFor(null).SignedInWithCookie(DemoBuyers.Homeware);
        var list = await Html(platform, "/en/account/inquiries");
        list.ShouldContain($"van-phuc.localhost/account/inquiries/{there.Id}\"");
        list.ShouldContain($"bat-trang.localhost/account/inquiries/{here.Id}\"");
        list.ShouldContain("Van Phuc Silk Association");
        list.ShouldContain("href=\"/en/account/inquiries\"");   // the menu's link for buyers
        (await platform.GetAsync($"/en/account/inquiries/{here.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pages_render_in_japanese_and_french()
    {
        var japanese = await BuyersGiven.InquiryAsync(app, Village, await app.Buyer(Village), status: InquiryStatus.Allocating);
        var ja = await app.ClientFor(Village).SignedInWithCookie(DemoBuyers.Homeware);
        var jaPage = await Html(ja, $"/ja/account/inquiries/{japanese.Id}");
        jaPage.ShouldContain($"お問い合わせ {japanese.Number}");
        jaPage.ShouldContain("準備中");
        jaPage.ShouldContain("輸出窓口がご注文を村の工房に割り振り");
        jaPage.ShouldNotContain("Products and quantities");
        (await Html(ja, "/ja/account/inquiries")).ShouldContain("お問い合わせ一覧");

        var french = await BuyersGiven.InquiryAsync(app, "van-phuc", await app.Buyer("van-phuc"));
        var fr = await app.ClientFor("van-phuc").SignedInWithCookie(DemoBuyers.Homeware);
        var frPage = await Html(fr, $"/fr/account/inquiries/{french.Id}");
        frPage.ShouldContain($"Demande {french.Number}");
        frPage.ShouldContain("Produits et quantités");
        frPage.ShouldContain("Retirer cette demande");
        frPage.ShouldNotContain("Withdraw this inquiry");
        (await Html(fr, "/fr/account/inquiries")).ShouldContain("Mes demandes de devis");
    }

    /// <summary>The page as text (Razor encodes non-ASCII letters and quotes as entities).</summary>
    private static async Task<string> Html(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
