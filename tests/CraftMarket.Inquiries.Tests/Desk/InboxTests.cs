using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Inquiries.Tests.Desk.DeskGiven;

namespace CraftMarket.Inquiries.Tests.Desk;

[Collection(InquiriesCollection.Name)]
public sealed class InboxFilterTests(InquiriesApp app) : InboxFilterSuite(app);

[Collection(PostgresInquiriesCollection.Name)]
public sealed class PostgresInboxFilterTests(PostgresInquiriesApp app) : InboxFilterSuite(app);

/// <summary>Who may list the inbox, and wrong filters.</summary>
[Collection(InquiriesCollection.Name)]
public sealed class InboxTests(InquiriesApp app)
{
    [Fact]
    public async Task Wrong_filters_are_refused_with_the_field_named()
    {
        var desk = await app.ExportDesk(Village);
        var problem = await ProblemAsync(await desk.GetAsync("/api/inquiries?status=lost&assignee=someone&from=2026-13-01&order=random&pageSize=500"),
            HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "status", "assignee", "from", "order", "pageSize" }) errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        (await ProblemAsync(await desk.GetAsync("/api/inquiries?status=2"), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("status", out _)
            .ShouldBeTrue("a number is not a status name");
        (await ProblemAsync(await desk.GetAsync("/api/inquiries?from=2026-03-02&to=2026-03-01"), HttpStatusCode.BadRequest)).GetProperty("errors")
            .TryGetProperty("to", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_export_desk_and_the_admin_list_the_inbox_and_only_their_own_village()
    {
        var given = await InquiryAsync(app);
        (await (await app.Buyer(Village)).GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Inspector(Village)).GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (_, phone) = await app.InviteHousehold(Village);
        (await (await app.Producer(Village, phone)).GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        Ids(await InboxAsync(await app.Admin(Village), "q=" + given.Number)).ShouldBe([given.Id]);
        Ids(await InboxAsync(await app.ExportDesk("van-phuc"), "q=" + given.Number)).ShouldBeEmpty();
        // A Bat Trang desk token on Van Phuc's host is nobody's desk there.
        var batTrangDeskOnVanPhuc = app.ClientFor("van-phuc");
        batTrangDeskOnVanPhuc.DefaultRequestHeaders.Authorization = (await app.ExportDesk(Village)).DefaultRequestHeaders.Authorization;
        (await batTrangDeskOnVanPhuc.GetAsync("/api/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
