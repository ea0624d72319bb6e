using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Inquiries.Tests.Desk.DeskGiven;

namespace CraftMarket.Inquiries.Tests.Desk;

/// <summary>The thread between the buyer and the desk: internal notes never reach the buyer; the first desk message is the first answer.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class ThreadTests(InquiriesApp app)
{
    [Fact]
    public async Task An_internal_note_is_not_a_first_answer_and_a_desk_message_is()
    {
        var given = await InquiryAsync(app);
        var desk = await app.ExportDesk(Village);

        var note = await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "Check kiln capacity first.", @internal = true });
        note.StatusCode.ShouldBe(HttpStatusCode.Created, await note.Content.ReadAsStringAsync());
        (await TradeGiven.ReadAsync(app, given)).FirstResponseAt.ShouldBeNull();
        (await RowAsync(desk, given)).GetProperty("awaitingFirstResponse").GetBoolean().ShouldBeTrue();

        var before = DateTimeOffset.UtcNow;
        (await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "Thank you, we will quote within a week." }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var answered = (await TradeGiven.ReadAsync(app, given)).FirstResponseAt;
        answered.ShouldNotBeNull();
        answered.Value.ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        var row = await RowAsync(desk, given);
        row.GetProperty("awaitingFirstResponse").GetBoolean().ShouldBeFalse();
        row.GetProperty("firstResponseAt").GetDateTimeOffset().ShouldBe(answered.Value, TimeSpan.FromMilliseconds(1));

        // A later message does not move the first answer.
        (await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "Samples are on their way." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await TradeGiven.ReadAsync(app, given)).FirstResponseAt.ShouldBe(answered);
    }

    [Fact]
    public async Task The_buyer_never_receives_internal_notes_and_may_not_write_one()
    {
        var given = await InquiryAsync(app);
        var desk = await app.ExportDesk(Village);
        var buyer = await app.Buyer(Village);
        var secret = "Margin note " + Guid.NewGuid().ToString("N");
        (await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = secret, @internal = true })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "Dear buyer, thank you." })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await buyer.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "Could you send photos?" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var seenByBuyer = await buyer.GetStringAsync($"/api/inquiries/{given.Id}/messages");
        seenByBuyer.ShouldNotContain(secret);
        var thread = JsonDocument.Parse(seenByBuyer).RootElement.EnumerateArray().ToList();
        thread.Select(m => m.GetProperty("body").GetString()).ShouldBe(["Dear buyer, thank you.", "Could you send photos?"]);
        thread.ShouldAllBe(m => !m.GetProperty("internal").GetBoolean());

        var seenByDesk = JsonDocument.Parse(await desk.GetStringAsync($"/api/inquiries/{given.Id}/messages")).RootElement.EnumerateArray().ToList();
        seenByDesk.Count(m => m.GetProperty("internal").GetBoolean() && m.GetProperty("body").GetString() == secret).ShouldBe(1);
        seenByDesk.Single(m => m.GetProperty("body").GetString() == "Could you send photos?").GetProperty("author").GetString().ShouldBe("Buyer");

        (await buyer.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "sneaky", @internal = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var scope = app.ScopeFor(Village);
        (await InquiriesSite.Db(scope).Messages.AnyAsync(m => m.InquiryId == new InquiryId(given.Id) && m.Body == "sneaky")).ShouldBeFalse();
    }

    [Fact]
    public async Task Another_buyer_another_village_and_a_household_find_no_thread()
    {
        var given = await InquiryAsync(app);
        var other = await app.Buyer(Village, DemoBuyers.Decor);
        (await other.GetAsync($"/api/inquiries/{given.Id}/messages")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "hello" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).GetAsync($"/api/inquiries/{given.Id}/messages")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Buyer("van-phuc")).GetAsync($"/api/inquiries/{given.Id}/messages")).StatusCode.ShouldBe(HttpStatusCode.NotFound,
            "the buyer's own inquiry is Bat Trang's, not Van Phuc's");
        (await (await app.Inspector(Village)).GetAsync($"/api/inquiries/{given.Id}/messages")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync($"/api/inquiries/{given.Id}/messages")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_empty_or_long_message_is_refused_with_the_field_named()
    {
        var given = await InquiryAsync(app);
        var desk = await app.ExportDesk(Village);
        var empty = await ProblemAsync(await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = "   " }), HttpStatusCode.BadRequest);
        empty.GetProperty("errors").TryGetProperty("body", out _).ShouldBeTrue();
        (await desk.PostAsJsonAsync($"/api/inquiries/{given.Id}/messages", new { body = new string('x', 4001) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
