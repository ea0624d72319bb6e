using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Inquiries.Tests.Desk.DeskGiven;

namespace CraftMarket.Inquiries.Tests.Desk;

/// <summary>Assigning and declining: who may be assigned, the 409 of two desk members at once, what a decline withdraws.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class DeskActionTests(InquiriesApp app)
{
    [Fact]
    public async Task Only_a_desk_or_admin_account_of_this_association_may_be_assigned()
    {
        var given = await InquiryAsync(app);
        var admin = await app.Admin(Village);
        var buyerId = await InquiriesSite.UserIdOf(await app.Buyer(Village));
        var inspectorId = await InquiriesSite.UserIdOf(await app.Inspector(Village));
        var otherDeskId = await InquiriesSite.UserIdOf(await app.ExportDesk("van-phuc"));

        foreach (var (who, id) in new[] { ("buyer", buyerId), ("inspector", inspectorId), ("Van Phuc's desk", otherDeskId), ("nobody", Guid.NewGuid()) })
        {
            var refused = await ProblemAsync(await admin.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = id }), HttpStatusCode.BadRequest);
            refused.GetProperty("errors").TryGetProperty("userId", out _).ShouldBeTrue(who);
        }
        (await TradeGiven.ReadAsync(app, given)).AssigneeUserId.ShouldBeNull();

        var adminId = await InquiriesSite.UserIdOf(admin);
        var assigned = await admin.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = adminId });
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        (await TradeGiven.ReadAsync(app, given)).AssigneeUserId.ShouldBe(adminId);

        (await admin.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = (Guid?)null })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await TradeGiven.ReadAsync(app, given);
        after.AssigneeUserId.ShouldBeNull();
        after.AssigneeName.ShouldBeNull();
    }

    [Fact]
    public async Task Of_two_desk_members_assigning_at_once_one_wins_and_the_other_gets_a_409()
    {
        var given = await InquiryAsync(app);
        var desk = await app.ExportDesk(Village);
        var admin = await app.Admin(Village);
        var revision = (await RowAsync(desk, given)).GetProperty("revision").GetInt32();
        var deskId = await InquiriesSite.UserIdOf(desk);
        var adminId = await InquiriesSite.UserIdOf(admin);

        var answers = await Task.WhenAll(
            desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = deskId, revision }),
            admin.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = adminId, revision }));
        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        var problem = await ProblemAsync(loser, HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("inquiry_changed");
        problem.GetProperty("detail").GetString()!.ShouldContain("Reload");

        var winner = (await answers.Single(a => a.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignee").GetProperty("userId").GetGuid();
        (await TradeGiven.ReadAsync(app, given)).AssigneeUserId.ShouldBe(winner, "the winner's choice stands");

        // However late it comes, a choice made on what the inquiry was before is refused.
        var late = await ProblemAsync(await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = (Guid?)null, revision }), HttpStatusCode.Conflict);
        late.GetProperty("code").GetString().ShouldBe("inquiry_changed");
        (await TradeGiven.ReadAsync(app, given)).AssigneeUserId.ShouldBe(winner);
    }

    [Fact]
    public async Task Declining_moves_the_status_writes_the_reason_for_the_buyer_and_withdraws_quotes_and_shares()
    {
        var given = await InquiryAsync(app, InquiryStatus.Quoted);
        var (quote, share, declinedShare) = await QuoteAndSharesAsync(app, given);
        var desk = await app.ExportDesk(Village);
        const string reason = "We are sorry: the kilns are fully booked until June.";

        var response = await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/decline", new { reason });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        var stored = await TradeGiven.ReadAsync(app, given);
        stored.Status.ShouldBe(InquiryStatus.Declined);
        stored.FirstResponseAt.ShouldNotBeNull();
        var buyerThread = await (await app.Buyer(Village)).GetStringAsync($"/api/inquiries/{given.Id}/messages");
        var said = JsonDocument.Parse(buyerThread).RootElement.EnumerateArray().Single(m => m.GetProperty("body").GetString() == reason);
        said.GetProperty("author").GetString().ShouldBe("Desk");

        await using var scope = app.ScopeFor(Village);
        var db = InquiriesSite.Db(scope);
        (await db.Quotes.AsNoTracking().SingleAsync(q => q.Id == quote)).Status.ShouldBe(QuoteStatus.Withdrawn);
        (await db.Shares.AsNoTracking().SingleAsync(s => s.Id == share)).Status.ShouldBe(ShareStatus.Withdrawn);
        (await db.Shares.AsNoTracking().SingleAsync(s => s.Id == declinedShare)).Status.ShouldBe(ShareStatus.Declined, "the household's own answer stays");
        var events = await db.Outbox.AsNoTracking().Where(o => o.Payload.Contains(given.Id.ToString())).Select(o => o.Payload).ToListAsync();
        events.ShouldContain(p => p.Contains("\"StatusChanged\"") && p.Contains("\"Declined\""));

        var again = await ProblemAsync(await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/decline", new { reason }), HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe("inquiry_closed");
    }

    [Fact]
    public async Task A_decline_needs_a_reason_and_another_village_finds_no_inquiry()
    {
        var given = await InquiryAsync(app);
        var desk = await app.ExportDesk(Village);
        var noReason = await ProblemAsync(await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/decline", new { reason = " " }), HttpStatusCode.BadRequest);
        noReason.GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();

        var vanPhuc = await app.ExportDesk("van-phuc");
        (await vanPhuc.PostAsJsonAsync($"/api/inquiries/{given.Id}/decline", new { reason = "no" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsJsonAsync($"/api/inquiries/{given.Id}/assign", new { userId = await InquiriesSite.UserIdOf(vanPhuc) }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Buyer(Village)).PostAsJsonAsync($"/api/inquiries/{given.Id}/decline", new { reason = "no" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TradeGiven.ReadAsync(app, given)).Status.ShouldBe(InquiryStatus.New);
    }
}
