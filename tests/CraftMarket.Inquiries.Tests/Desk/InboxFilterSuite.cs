using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Inquiries.Tests.Desk.DeskGiven;

namespace CraftMarket.Inquiries.Tests.Desk;

/// <summary>
/// The inbox's filters and orders, on SQLite and PostgreSQL: the text search (lower-cased
/// matching), Vietnam-date ranges and the overdue cut-off are translated by each provider.
/// </summary>
public abstract class InboxFilterSuite(InquiriesSite app)
{
    [Fact]
    public async Task The_status_filter_shows_only_that_status_and_open_covers_new_allocating_and_quoted()
    {
        var fresh = await InquiryAsync(app);
        var declined = await InquiryAsync(app, InquiryStatus.Declined);
        var desk = await app.ExportDesk(Village);

        Ids(await InboxAsync(desk, "status=declined&q=" + declined.Number)).ShouldBe([declined.Id]);
        Ids(await InboxAsync(desk, "status=declined&q=" + fresh.Number)).ShouldBeEmpty();
        Ids(await InboxAsync(desk, "status=open&q=" + fresh.Number)).ShouldBe([fresh.Id]);
        Ids(await InboxAsync(desk, "status=open&q=" + declined.Number)).ShouldBeEmpty();
        Ids(await InboxAsync(desk, "q=" + declined.Number)).ShouldBe([declined.Id], "no status: every status");

        // The tabs count under the same filters: one declined inquiry has this number.
        var counts = (await InboxAsync(desk, "status=open&q=" + declined.Number)).GetProperty("counts");
        counts.GetProperty("Declined").GetInt32().ShouldBe(1);
        counts.GetProperty("open").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_assignee_filter_finds_mine_someone_elses_and_the_unassigned()
    {
        var mine = await InquiryAsync(app);
        var nobodys = await InquiryAsync(app);
        var desk = await app.ExportDesk(Village);
        var admin = await app.Admin(Village);
        var deskUser = await InquiriesSite.UserIdOf(desk);
        (await desk.PostAsJsonAsync($"/api/inquiries/{mine.Id}/assign", new { userId = deskUser })).StatusCode.ShouldBe(HttpStatusCode.OK);

        Ids(await InboxAsync(desk, "assignee=me&q=" + mine.Number)).ShouldBe([mine.Id]);
        Ids(await InboxAsync(admin, "assignee=me&q=" + mine.Number)).ShouldBeEmpty("assigned to the desk, not the admin");
        Ids(await InboxAsync(admin, $"assignee={deskUser}&q=" + mine.Number)).ShouldBe([mine.Id]);
        Ids(await InboxAsync(desk, "assignee=unassigned&q=" + mine.Number)).ShouldBeEmpty();
        Ids(await InboxAsync(desk, "assignee=unassigned&q=" + nobodys.Number)).ShouldBe([nobodys.Id]);
        Ids(await InboxAsync(desk, "assignee=me&q=" + nobodys.Number)).ShouldBeEmpty();

        var row = await RowAsync(desk, mine);
        row.GetProperty("assignee").GetProperty("userId").GetGuid().ShouldBe(deskUser);
    }

    [Fact]
    public async Task A_row_carries_the_buyer_lines_and_terms_and_the_text_search_finds_company_and_product()
    {
        var given = await InquiryAsync(app);
        var product = await TradeGiven.PublishedProductAsync(app, Village, 0);
        var desk = await app.ExportDesk(Village);

        var row = await RowAsync(desk, given);
        row.GetProperty("number").GetString().ShouldBe(given.Number);
        row.GetProperty("status").GetString().ShouldBe("New");
        row.GetProperty("country").GetString().ShouldBe("JP");
        row.GetProperty("lines").GetInt32().ShouldBe(1);
        row.GetProperty("totalQuantity").GetInt32().ShouldBe(given.Quantity);
        row.GetProperty("buyer").GetProperty("company").GetString()!.ShouldStartWith("Test Imports ");
        row.GetProperty("awaitingFirstResponse").GetBoolean().ShouldBeTrue();
        row.GetProperty("assignee").ValueKind.ShouldBe(JsonValueKind.Null);

        // The company in other letter case, and the product by its Vietnamese name typed without marks.
        var company = row.GetProperty("buyer").GetProperty("company").GetString()!;
        Ids(await InboxAsync(desk, "q=" + Uri.EscapeDataString(company.ToLowerInvariant()))).ShouldContain(given.Id);
        var unmarked = SharedKernel.Text.TextFolding.Fold(product.Name["vi"]);
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Ids(await InboxAsync(desk, $"from={today}&q={Uri.EscapeDataString(unmarked)}")).ShouldContain(given.Id);
        Ids(await InboxAsync(desk, "q=" + Uri.EscapeDataString("zz-no-such-thing-" + Guid.NewGuid().ToString("N")))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_date_range_is_of_arrival_in_Vietnam_and_overdue_means_no_first_answer_after_a_day()
    {
        var old = await InquiryAsync(app);
        var fresh = await InquiryAsync(app);
        await ArrivedAsync(app, old, new DateTimeOffset(2026, 3, 10, 18, 30, 0, TimeSpan.Zero));   // 11 March in Vietnam
        var desk = await app.ExportDesk(Village);

        Ids(await InboxAsync(desk, "from=2026-03-11&to=2026-03-11&q=" + old.Number)).ShouldBe([old.Id]);
        Ids(await InboxAsync(desk, "to=2026-03-10&q=" + old.Number)).ShouldBeEmpty("18:30 UTC on the 10th is the 11th in Vietnam");
        Ids(await InboxAsync(desk, "from=2026-03-12&q=" + old.Number)).ShouldBeEmpty();

        Ids(await InboxAsync(desk, "overdue=true&q=" + old.Number)).ShouldBe([old.Id]);
        Ids(await InboxAsync(desk, "overdue=true&q=" + fresh.Number)).ShouldBeEmpty();
        var row = await RowAsync(desk, old);
        row.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        row.GetProperty("responseMinutes").GetInt32().ShouldBeGreaterThan(24 * 60);

        // A desk message is the first answer: no longer overdue.
        (await desk.PostAsJsonAsync($"/api/inquiries/{old.Id}/messages", new { body = "We are on it." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        Ids(await InboxAsync(desk, "overdue=true&q=" + old.Number)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Waiting_order_puts_the_unanswered_first_longest_wait_first()
    {
        var answered = await InquiryAsync(app);
        var waitingLong = await InquiryAsync(app);
        var waitingShort = await InquiryAsync(app);
        // All three arrived in one minute nobody else uses, so the date filter isolates them.
        var day = new DateTimeOffset(2025, 1, 2 + Random.Shared.Next(0, 25), 3, 0, 0, TimeSpan.Zero);
        await ArrivedAsync(app, answered, day);
        await ArrivedAsync(app, waitingLong, day.AddMinutes(1));
        await ArrivedAsync(app, waitingShort, day.AddMinutes(2));
        var desk = await app.ExportDesk(Village);
        (await desk.PostAsJsonAsync($"/api/inquiries/{answered.Id}/messages", new { body = "Thank you." })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var date = VietnamDate(day);
        var mine = new[] { answered.Id, waitingLong.Id, waitingShort.Id };
        Ids(await InboxAsync(desk, $"order=waiting&from={date}&to={date}")).Where(mine.Contains).ShouldBe([waitingLong.Id, waitingShort.Id, answered.Id]);
        Ids(await InboxAsync(desk, $"order=newest&from={date}&to={date}")).Where(mine.Contains).ShouldBe([waitingShort.Id, waitingLong.Id, answered.Id]);
        Ids(await InboxAsync(desk, $"order=oldest&from={date}&to={date}")).Where(mine.Contains).ShouldBe([answered.Id, waitingLong.Id, waitingShort.Id]);
    }

    private static string VietnamDate(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
