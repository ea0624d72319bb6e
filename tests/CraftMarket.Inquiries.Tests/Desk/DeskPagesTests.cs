using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Inquiries.Tests.Desk.DeskGiven;

namespace CraftMarket.Inquiries.Tests.Desk;

/// <summary>The desk's pages with plain forms: the inbox, one inquiry (note, message, assign, decline), the settings.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class DeskPagesTests(InquiriesApp app)
{
    [Fact]
    public async Task The_inbox_lists_an_inquiry_under_its_tab_and_links_to_its_page()
    {
        var given = await InquiryAsync(app);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var page = await desk.GetStringAsync("/admin/inquiries?q=" + given.Number);
        page.ShouldContain($"href=\"/admin/inquiries/{given.Id}\"");
        page.ShouldContain("data-tab=\"open\"");
        page.ShouldNotContain("<script>");
        (await desk.GetStringAsync($"/admin/inquiries?status=declined&q={given.Number}")).ShouldNotContain($"data-inquiry=\"{given.Id}\"");
    }

    [Fact]
    public async Task On_the_inquiry_page_the_desk_writes_a_note_and_a_message_assigns_itself_and_declines()
    {
        var given = await InquiryAsync(app);
        var product = await TradeGiven.PublishedProductAsync(app, Village, 0);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/admin/inquiries/{given.Id}";
        var page = await desk.GetStringAsync(url);
        page.ShouldContain(given.Number);
        page.ShouldContain(product.Name["vi"]);
        page.ShouldContain($"href=\"/admin/inquiries/{given.Id}/allocation\"");
        page.ShouldContain($"href=\"/admin/inquiries/{given.Id}/quotes\"");

        var note = await desk.PostFormAsync($"{url}?handler=Message", new Dictionary<string, string> { ["body"] = "Ask Minh Hai about glaze", ["isInternal"] = "true" },
            Forms.Antiforgery(page));
        note.StatusCode.ShouldBe(HttpStatusCode.Redirect, await note.Content.ReadAsStringAsync());
        page = await desk.GetStringAsync(url);
        page.ShouldContain("class=\"message message-desk internal\"");
        (await TradeGiven.ReadAsync(app, given)).FirstResponseAt.ShouldBeNull();

        (await desk.PostFormAsync($"{url}?handler=Message", new Dictionary<string, string> { ["body"] = "Thank you for your inquiry." }, Forms.Antiforgery(page)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TradeGiven.ReadAsync(app, given)).FirstResponseAt.ShouldNotBeNull();

        page = await desk.GetStringAsync(url);
        var revision = (await TradeGiven.ReadAsync(app, given)).Revision;
        (await desk.PostFormAsync($"{url}?handler=Assign", new Dictionary<string, string> { ["assignee"] = "me", ["revision"] = $"{revision}" }, Forms.Antiforgery(page)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TradeGiven.ReadAsync(app, given)).AssigneeUserId.ShouldBe(await InquiriesSite.UserIdOf(await app.ExportDesk(Village)));

        // A stale form (the revision before the assignment) is refused on the page, not applied.
        var stale = await desk.PostFormAsync($"{url}?handler=Decline", new Dictionary<string, string> { ["reason"] = "Sorry.", ["revision"] = $"{revision}" },
            Forms.Antiforgery(page));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.New);

        page = await desk.GetStringAsync(url);
        revision = (await TradeGiven.ReadAsync(app, given)).Revision;
        (await desk.PostFormAsync($"{url}?handler=Decline", new Dictionary<string, string> { ["reason"] = "Sorry, fully booked.", ["revision"] = $"{revision}" },
            Forms.Antiforgery(page))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.Declined);
    }

    [Fact]
    public async Task Another_villages_inquiry_page_is_not_found_and_an_inspector_is_refused()
    {
        var given = await InquiryAsync(app);
        var vanPhuc = await app.ClientFor("van-phuc").SignedInWithCookie("export@van-phuc.craftmarket.local");
        (await vanPhuc.GetAsync($"/admin/inquiries/{given.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        var refused = await inspector.GetAsync("/admin/inquiries");
        refused.StatusCode.ShouldBe(HttpStatusCode.Found);
        refused.Headers.Location!.ToString().ShouldContain("denied", Case.Insensitive);
    }

    [Fact]
    public async Task The_settings_page_shows_a_field_error_next_to_its_input_and_saves_nothing()
    {
        var admin = await app.ClientFor(Village).SignedInWithCookie($"admin@{Village}.craftmarket.local");
        var page = await admin.GetStringAsync("/admin/inquiries/settings");
        var response = await admin.PostFormAsync("/admin/inquiries/settings", new Dictionary<string, string>
        {
            ["Form.DepositPercent"] = "150", ["Form.BalanceTerms"] = "Balance before shipment", ["Form.ShareCapPercent"] = "40", ["Form.OfferHours"] = "48",
            ["Form.QuoteValidityDays"] = "30", ["Form.QuoteCurrency"] = "USD", ["Form.SellerKind"] = "Association",
        }, Forms.Antiforgery(page));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-valmsg-for=\"Form.DepositPercent\"");
        html.ShouldMatch("field-error[^\"]*\"[^>]*data-valmsg-for=\"Form.DepositPercent\"[^>]*>[^<]+<");
        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Settings.AsNoTracking().AnyAsync(s => s.DepositBasisPoints == 15000)).ShouldBeFalse();
    }
}
