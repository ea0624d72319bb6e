using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>
/// GET /api/notifications and marking read: a person reads only their own notifications (their account's,
/// or their household's), of this association only, newest first, a page at a time.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class InboxApiTests(NotificationsApp app)
{
    private const string Village = InboxGiven.Village;

    [Fact]
    public async Task A_household_lists_its_own_notifications_newest_first_a_page_at_a_time_with_the_unread_count()
    {
        var household = await InboxGiven.HouseholdAsync(app);
        var made = await InboxGiven.NotifyAsync(app, Village, 25, member: household.MemberId,
            shape: (n, i) => n.ReadAt = i < 3 ? DateTimeOffset.UtcNow : null);
        // Addressed to the account rather than the member: also the household's.
        var toAccount = await InboxGiven.NotifyAsync(app, Village, 1, user: household.UserId, start: DateTimeOffset.UtcNow.AddMinutes(5));

        var first = await InboxGiven.MineAsync(household.Api);
        first.GetProperty("unreadCount").GetInt32().ShouldBe(23);
        first.GetProperty("hasMore").GetBoolean().ShouldBeTrue();
        var ids = InboxGiven.Ids(first);
        ids.Count.ShouldBe(20);
        ids[0].ShouldBe(toAccount[0]);
        ids.Skip(1).ShouldBe(made.Reverse().Take(19));
        var top = first.GetProperty("items")[1];
        top.GetProperty("title").GetString().ShouldBe("Thông báo thử 25");
        top.GetProperty("category").GetString().ShouldBe("work-order.issued");
        top.GetProperty("readAt").ValueKind.ShouldBe(JsonValueKind.Null);

        var second = await InboxGiven.MineAsync(household.Api, "?page=2");
        second.GetProperty("hasMore").GetBoolean().ShouldBeFalse();
        InboxGiven.Ids(second).ShouldBe(made.Reverse().Skip(19));
        second.GetProperty("items").EnumerateArray().TakeLast(3).ShouldAllBe(i => i.GetProperty("readAt").ValueKind != JsonValueKind.Null);

        var unread = await InboxGiven.MineAsync(household.Api, "?unread=true&page=2");
        InboxGiven.Ids(unread).Count.ShouldBe(3);

        (await household.Api.GetAsync("/api/notifications?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Marking_read_works_on_ones_own_and_is_404_for_another_households_whose_stays_unread()
    {
        var mine = await InboxGiven.HouseholdAsync(app);
        var theirs = await InboxGiven.HouseholdAsync(app);
        var own = await InboxGiven.NotifyAsync(app, Village, 2, member: mine.MemberId);
        var other = await InboxGiven.NotifyAsync(app, Village, 1, member: theirs.MemberId);

        (await mine.Api.PostAsync($"/api/notifications/{own[0]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await mine.Api.PostAsync($"/api/notifications/{own[0]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var forged = await mine.Api.PostAsync($"/api/notifications/{other[0]}/read", null);
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await forged.Content.ReadAsStringAsync()).ShouldNotContain("Thông báo thử");
        (await mine.Api.PostAsync($"/api/notifications/{Guid.NewGuid()}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await InboxGiven.MineAsync(mine.Api)).GetProperty("unreadCount").GetInt32().ShouldBe(1);
        var theirList = await InboxGiven.MineAsync(theirs.Api);
        theirList.GetProperty("unreadCount").GetInt32().ShouldBe(1);
        InboxGiven.Ids(theirList).ShouldBe(other);
        InboxGiven.Ids(theirList).ShouldNotContain(own[0]);

        var all = await mine.Api.PostAsync("/api/notifications/read-all", null);
        all.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await all.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("marked").GetInt32().ShouldBe(1);
        (await InboxGiven.MineAsync(mine.Api)).GetProperty("unreadCount").GetInt32().ShouldBe(0);
        (await InboxGiven.MineAsync(theirs.Api)).GetProperty("unreadCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Another_associations_notifications_are_never_listed_nor_marked_even_for_the_same_buyer()
    {
        var buyer = await app.Buyer(Village, TradeBuyers.Decor);
        var user = await TradeSite.UserIdOf(buyer);
        var here = await InboxGiven.NotifyAsync(app, Village, 1, user: user, shape: (n, _) => { n.Audience = Domain.Audience.Buyer; n.Title = "Ở Bát Tràng"; });
        var there = await InboxGiven.NotifyAsync(app, "van-phuc", 1, user: user, shape: (n, _) => { n.Audience = Domain.Audience.Buyer; n.Title = "Ở Vạn Phúc"; });

        var listed = InboxGiven.Ids(await InboxGiven.MineAsync(buyer, "?unread=true"));
        listed.ShouldContain(here[0]);
        listed.ShouldNotContain(there[0]);
        (await buyer.PostAsync($"/api/notifications/{there[0]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await buyer.PostAsync("/api/notifications/read-all", null);

        var inVanPhuc = await app.Buyer("van-phuc", TradeBuyers.Decor);
        var thereList = await InboxGiven.MineAsync(inVanPhuc, "?unread=true");
        InboxGiven.Ids(thereList).ShouldContain(there[0]);
        InboxGiven.Ids(thereList).ShouldNotContain(here[0]);
    }

    [Fact]
    public async Task Staff_read_their_own_notifications_while_anonymous_callers_and_the_platform_host_get_none()
    {
        var inspector = await app.Inspector(Village);
        var user = await TradeSite.UserIdOf(inspector);
        var made = await InboxGiven.NotifyAsync(app, Village, 1, user: user, shape: (n, _) => n.Category = "work-order.ready");
        InboxGiven.Ids(await InboxGiven.MineAsync(inspector, "?unread=true")).ShouldContain(made[0]);
        var admin = await app.Admin(Village);
        InboxGiven.Ids(await InboxGiven.MineAsync(admin)).ShouldNotContain(made[0]);
        (await admin.PostAsync($"/api/notifications/{made[0]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await app.Anonymous(Village).GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var platform = app.ClientFor(null);
        platform.DefaultRequestHeaders.Authorization = inspector.DefaultRequestHeaders.Authorization;
        (await platform.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
