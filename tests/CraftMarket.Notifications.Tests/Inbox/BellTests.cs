using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>
/// The bell in the shared layout: a signed-in person's fresh page carries their unread count (no
/// script needed); a kept storefront page carries only an empty, hidden placeholder, the same for
/// everyone, and /personal answers the count to the visitor alone.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed partial class BellTests(NotificationsApp app)
{
    private const string Village = InboxGiven.Village;

    [GeneratedRegex("<a( hidden=\"hidden\")? href=\"[^\"]*/account/notifications\" class=\"notifications-bell\" data-personal-reveal=\"notifications-unread\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex Bell();

    [GeneratedRegex("data-personal=\"notifications-unread\">([^<]*)</span>")]
    private static partial Regex Count();

    private static (bool Hidden, string Count, string Inner) BellIn(string html)
    {
        var bell = Bell().Match(html);
        bell.Success.ShouldBeTrue("the page has the bell linking to /account/notifications");
        return (bell.Groups[1].Success, Count().Match(bell.Groups[2].Value).Groups[1].Value, bell.Groups[2].Value);
    }

    [Fact]
    public async Task A_households_fresh_page_shows_its_unread_count_without_script_and_follows_marking_read()
    {
        var (member, browser) = await InboxGiven.PhoneHouseholdAsync(app);
        var made = await InboxGiven.NotifyAsync(app, Village, 4, member: member, shape: (n, i) => n.ReadAt = i == 0 ? DateTimeOffset.UtcNow : null);

        var response = await browser.GetAsync("/account/me");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (hidden, count, inner) = BellIn(await response.Content.ReadAsStringAsync());
        hidden.ShouldBeFalse();
        count.ShouldBe("3");
        inner.ShouldContain("class=\"visually-hidden\"", Case.Sensitive, "the link says what it is to a screen reader");

        var list = await browser.GetStringAsync("/account/notifications");
        var read = await browser.PostFormAsync($"/account/notifications?handler=Read&id={made[3]}", new Dictionary<string, string>(), Forms.Antiforgery(list));
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        BellIn(await browser.GetStringAsync("/account/work-orders")).Count.ShouldBe("2", "on another module's page too");
    }

    [Fact]
    public async Task Kept_storefront_pages_hold_an_empty_hidden_bell_and_the_count_comes_from_personal_to_the_buyer_alone()
    {
        var path = $"/en/products?sort=name&moq={Random.Shared.Next(100_000, 900_000)}";
        var anonymousHtml = await app.Anonymous(Village).GetStringAsync(path);
        var anonymousBell = BellIn(anonymousHtml);
        anonymousBell.Hidden.ShouldBeTrue();
        anonymousBell.Count.ShouldBeEmpty();

        var api = await app.Buyer(Village, TradeBuyers.Homeware);
        await InboxGiven.NotifyAsync(app, Village, 2, user: await TradeSite.UserIdOf(api), shape: (n, _) => n.Audience = Domain.Audience.Buyer);
        var unread = (await InboxGiven.MineAsync(api)).GetProperty("unreadCount").GetInt32();
        unread.ShouldBeGreaterThanOrEqualTo(2);

        var browser = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Homeware);
        // A change saved in the village (the tail of other tests' events) drops its kept pages: ask again until one is kept.
        var kept = await browser.GetAsync(path);
        for (var i = 0; i < 10 && kept.Headers.Age is null; i++)
        {
            await app.Anonymous(Village).GetStringAsync(path);
            kept = await browser.GetAsync(path);
        }
        kept.Headers.Age.ShouldNotBeNull("the buyer is served the kept page");
        var keptBell = BellIn(await kept.Content.ReadAsStringAsync());
        keptBell.Hidden.ShouldBeTrue();
        keptBell.Count.ShouldBeEmpty("a kept page never holds anyone's count");

        var personal = await (await browser.GetAsync("/personal")).Content.ReadFromJsonAsync<Dictionary<string, string>>();
        personal!["notifications-unread"].ShouldBe(unread.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await (await app.Anonymous(Village).GetAsync("/personal")).Content.ReadFromJsonAsync<Dictionary<string, string>>())!
            .ShouldNotContainKey("notifications-unread");
    }

    [Fact]
    public async Task Someone_with_no_role_in_this_association_gets_no_bell()
    {
        var visitor = await app.ClientFor("van-phuc").SignedInWithCookie(Auth.AssociationAdmin(Village));
        var html = await visitor.GetStringAsync("/account/me");
        html.ShouldNotContain("notifications-bell");
        var page = await visitor.GetAsync("/account/notifications");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect, "refused: the sign-in's access-denied page");
        page.Headers.Location!.OriginalString.ShouldContain("/account/access-denied");
    }
}
