using System.Net;
using System.Net.Http.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Tests.Buyers;

/// <summary>
/// GET /api/inquiries/{id} and /mine: the buyer who sent an inquiry reads it (never the internal
/// notes, never members' shares), the association's desk reads it with notes, the buyer's contact
/// and the assignee; everyone else finds nothing.
/// </summary>
[Collection(InquiriesCollection.Name)]
public sealed class BuyerInquiryApiTests(InquiriesApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_buyer_reads_their_inquiry_without_internal_notes_and_the_desk_reads_it_with_them()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer);
        var said = BuyersGiven.Marker("desk-said");
        var note = BuyersGiven.Marker("internal-note");
        await BuyersGiven.MessageAsync(app, given, said, isInternal: false);
        await BuyersGiven.MessageAsync(app, given, note, isInternal: true);
        var old = await BuyersGiven.QuoteAsync(app, given, 1, 1_250_000, status: QuoteStatus.Superseded);
        var current = await BuyersGiven.QuoteAsync(app, given, 2, 1_190_000);

        var response = await buyer.GetAsync($"/api/inquiries/{given.Id}");
        var raw = await response.Content.ReadAsStringAsync();
        var read = await response.Json();
        read.GetProperty("number").GetString().ShouldBe(given.Number);
        read.GetProperty("status").GetString().ShouldBe("New");
        var line = read.GetProperty("lines")[0];
        line.GetProperty("lineId").GetGuid().ShouldBe(given.LineId);
        line.GetProperty("quantity").GetInt32().ShouldBe(given.Quantity);
        line.GetProperty("productName").GetString().ShouldNotBeNullOrWhiteSpace();
        var thread = read.GetProperty("thread").EnumerateArray().Select(m => m.GetProperty("body").GetString()).ToList();
        thread.ShouldContain(said);
        raw.ShouldNotContain(note);
        read.GetProperty("desk").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var quotes = read.GetProperty("quotes").EnumerateArray().ToList();
        quotes.Select(q => q.GetProperty("id").GetGuid()).ShouldBe([old, current]);
        quotes[0].GetProperty("status").GetString().ShouldBe("Superseded");
        quotes[1].GetProperty("status").GetString().ShouldBe("Sent");
        quotes[1].GetProperty("total").GetProperty("minorUnits").GetInt64().ShouldBe(1_190_000);
        quotes[1].GetProperty("pdfUrl").GetString().ShouldBe($"/api/quotes/{current}/pdf");
        // Members' own prices and shares never reach the buyer.
        raw.ShouldNotContain("memberUnitPrice", Case.Insensitive);
        raw.ShouldNotContain("shares", Case.Insensitive);

        var desk = await (await (await app.ExportDesk(Village)).GetAsync($"/api/inquiries/{given.Id}")).Json();
        var notes = desk.GetProperty("thread").EnumerateArray().Where(m => m.GetProperty("body").GetString() == note).ToList();
        notes.Count.ShouldBe(1);
        notes[0].GetProperty("internal").GetBoolean().ShouldBeTrue();
        desk.GetProperty("desk").GetProperty("buyer").GetProperty("email").GetString().ShouldBe(await BuyersGiven.EmailOfAsync(app, given));
        (await (await (await app.Admin(Village)).GetAsync($"/api/inquiries/{given.Id}")).Json())
            .GetProperty("thread").EnumerateArray().Count(m => m.GetProperty("body").GetString() == note).ShouldBe(1);
    }

    [Fact]
    public async Task Anyone_but_the_buyer_and_the_association_desk_finds_nothing()
    {
        var buyer = await app.Buyer(Village, DemoBuyers.Homeware);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer);
        var url = $"/api/inquiries/{given.Id}";
        (await buyer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await (await app.Buyer(Village, DemoBuyers.Decor)).GetAsync(url)).Json(HttpStatusCode.NotFound))
            .GetProperty("status").GetInt32().ShouldBe(404);
        // The same buyer on another village's site, and that village's desk: not theirs.
        (await (await app.Buyer("van-phuc")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Admin("van-phuc")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // An inspector is staff, but not the export desk.
        (await (await app.Inspector(Village)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous(Village).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.Buyer(Village)).GetAsync($"/api/inquiries/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A household of the village never sees a buyer's inquiry.
        var household = await app.InviteHousehold(Village);
        var producer = await app.Producer(Village, household.Phone);
        (await producer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.GetAsync($"{url}/attachments/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_quote_past_its_validity_reads_expired_and_is_not_the_open_quote()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer, status: InquiryStatus.Quoted);
        var lapsed = await BuyersGiven.QuoteAsync(app, given, 1, 50_000, validDays: -2);

        var read = await (await buyer.GetAsync($"/api/inquiries/{given.Id}")).Json();
        var quote = read.GetProperty("quotes")[0];
        quote.GetProperty("id").GetGuid().ShouldBe(lapsed);
        quote.GetProperty("status").GetString().ShouldBe("Expired");
        quote.GetProperty("acceptable").GetBoolean().ShouldBeFalse();
        var row = (await (await buyer.GetAsync("/api/inquiries/mine")).Json()).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == given.Id);
        row.GetProperty("openQuote").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task The_buyer_withdraws_an_open_inquiry_and_its_open_quote_but_not_once_a_quote_was_accepted()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer, status: InquiryStatus.Quoted);
        var quote = await BuyersGiven.QuoteAsync(app, given, 1, 75_000);
        ShareId offered, declined;
        await using (var scope = app.ScopeFor(Village))
        {
            var db = InquiriesSite.Db(scope);
            var member = new CraftMarket.Members.Contracts.MemberId(Guid.CreateVersion7());
            var a = new Share(db.Tenant, new InquiryId(given.Id), new InquiryLineId(given.LineId), new CraftMarket.Catalogue.Contracts.ProductId(given.ProductId),
                member, 10, "test", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)), DateTimeOffset.UtcNow) { Status = ShareStatus.Offered };
            var b = new Share(db.Tenant, new InquiryId(given.Id), new InquiryLineId(given.LineId), new CraftMarket.Catalogue.Contracts.ProductId(given.ProductId),
                member, 10, "test", DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)), DateTimeOffset.UtcNow) { Status = ShareStatus.Declined };
            db.Shares.AddRange(a, b);
            await db.SaveChangesAsync();
            (offered, declined) = (a.Id, b.Id);
        }

        (await (await app.Buyer(Village, DemoBuyers.Decor)).PostAsJsonAsync($"/api/inquiries/{given.Id}/withdraw", new { }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/inquiries/{given.Id}/withdraw", new { }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var stale = await (await buyer.PostAsJsonAsync($"/api/inquiries/{given.Id}/withdraw", new { revision = 999 })).Json(HttpStatusCode.Conflict);
        stale.GetProperty("code").GetString().ShouldBe("inquiry_changed");

        var done = await (await buyer.PostAsJsonAsync($"/api/inquiries/{given.Id}/withdraw", new { })).Json();
        done.GetProperty("status").GetString().ShouldBe("Withdrawn");
        done.GetProperty("quotes")[0].GetProperty("status").GetString().ShouldBe("Withdrawn");
        (await BuyersGiven.QuoteStatusAsync(app, given, quote)).ShouldBe(QuoteStatus.Withdrawn);
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Withdrawn);
        await using (var scope = app.ScopeFor(Village))
        {
            var shares = await InquiriesSite.Db(scope).Shares.AsNoTracking().Where(s => s.InquiryId == new InquiryId(given.Id)).ToDictionaryAsync(s => s.Id, s => s.Status);
            shares[offered].ShouldBe(ShareStatus.Withdrawn, "the household's open offer goes with the request");
            shares[declined].ShouldBe(ShareStatus.Declined, "an answered decline stays as it was");
        }
        (await buyer.PostAsJsonAsync($"/api/inquiries/{given.Id}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var accepted = await BuyersGiven.InquiryAsync(app, Village, buyer, status: InquiryStatus.Accepted);
        var acceptedQuote = await BuyersGiven.QuoteAsync(app, accepted, 1, 75_000, status: QuoteStatus.Accepted);
        var refused = await (await buyer.PostAsJsonAsync($"/api/inquiries/{accepted.Id}/withdraw", new { })).Json(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("inquiry_state");
        (await TradeGiven.ReadAsync(app, accepted)).Status.ShouldBe(InquiryStatus.Accepted);
        (await BuyersGiven.QuoteStatusAsync(app, accepted, acceptedQuote)).ShouldBe(QuoteStatus.Accepted);
    }

    [Fact]
    public async Task An_attachment_downloads_for_the_buyer_and_the_desk_only_and_only_from_its_own_inquiry()
    {
        var buyer = await app.Buyer(Village);
        var given = await BuyersGiven.InquiryAsync(app, Village, buyer);
        var content = BuyersGiven.Marker("glaze-spec");
        var file = await BuyersGiven.AttachmentAsync(app, given, content);
        var read = await (await buyer.GetAsync($"/api/inquiries/{given.Id}")).Json();
        var listed = read.GetProperty("attachments")[0];
        listed.GetProperty("name").GetString().ShouldBe("spec-sheet.pdf");
        var url = listed.GetProperty("url").GetString()!;
        url.ShouldBe($"/api/inquiries/{given.Id}/attachments/{file}");

        var download = await buyer.GetAsync(url);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldContain(content);
        download.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await (await app.ExportDesk(Village)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await app.Buyer(Village, DemoBuyers.Decor)).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A file of the village that is not this inquiry's is not served through it.
        var stray = await BuyersGiven.AttachmentAsync(app, given, BuyersGiven.Marker("other"), attach: false);
        (await buyer.GetAsync($"/api/inquiries/{given.Id}/attachments/{stray}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Another inquiry's attachment through one's own inquiry id: not found.
        var other = await BuyersGiven.InquiryAsync(app, Village, await app.Buyer(Village, DemoBuyers.Decor));
        var theirs = await BuyersGiven.AttachmentAsync(app, other, BuyersGiven.Marker("theirs"));
        (await buyer.GetAsync($"/api/inquiries/{given.Id}/attachments/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
