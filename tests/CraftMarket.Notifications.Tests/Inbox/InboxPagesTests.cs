using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>The list and preferences pages as a household's phone browser without script uses them: Vietnamese, plain forms with antiforgery.</summary>
[Collection(NotificationsCollection.Name)]
public sealed partial class InboxPagesTests(NotificationsApp app)
{
    private const string Village = InboxGiven.Village;

    [GeneratedRegex("<li class=\"inbox-item unread\" data-notification=\"([0-9a-f-]+)\"")]
    private static partial Regex UnreadItem();

    private static IReadOnlyList<Guid> Unread(string html) => [.. UnreadItem().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [Fact]
    public async Task A_household_reads_its_notifications_in_Vietnamese_and_marks_one_then_all_read_with_plain_forms()
    {
        var (member, browser) = await InboxGiven.PhoneHouseholdAsync(app);
        var other = await InboxGiven.HouseholdAsync(app);
        var made = await InboxGiven.NotifyAsync(app, Village, 3, member: member,
            shape: (n, i) => { n.ReadAt = i == 0 ? DateTimeOffset.UtcNow : null; n.Link = i == 2 ? "//evil.example/x" : n.Link; });
        var theirs = await InboxGiven.NotifyAsync(app, Village, 1, member: other.MemberId);

        var response = await browser.GetAsync("/account/notifications");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var raw = await response.Content.ReadAsStringAsync();
        var page = WebUtility.HtmlDecode(raw);
        page.ShouldContain("<div class=\"inbox\" lang=\"vi\">");
        page.ShouldContain("Thông báo của bạn");
        page.ShouldContain("Đánh dấu tất cả là đã đọc");
        page.ShouldContain("Thông báo thử 3");
        page.ShouldNotContain(theirs[0].ToString());
        Unread(raw).ShouldBe([made[2], made[1]], "newest first, the read one not marked");
        page.ShouldContain("href=\"/account/work-orders\"");
        page.ShouldNotContain("href=\"//evil.example", customMessage: "a link off the site is shown as text only");
        page.ShouldNotContain("<script>");
        Regex.IsMatch(page, "on(click|submit)=").ShouldBeFalse();

        var noToken = await browser.PostAsync($"/account/notifications?handler=Read&id={made[1]}", new FormUrlEncodedContent(new Dictionary<string, string>()));
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var token = Forms.Antiforgery(raw);
        var forged = await browser.PostFormAsync($"/account/notifications?handler=Read&id={theirs[0]}", new Dictionary<string, string>(), token);
        forged.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var read = await browser.PostFormAsync($"/account/notifications?handler=Read&id={made[1]}", new Dictionary<string, string> { ["from"] = "1" }, token);
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetStringAsync(read.Headers.Location!.OriginalString);
        WebUtility.HtmlDecode(after).ShouldContain("Đã đánh dấu là đã đọc.");
        Unread(after).ShouldBe([made[2]]);

        var all = await browser.PostFormAsync("/account/notifications?handler=ReadAll", new Dictionary<string, string>(), token);
        all.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var done = await browser.GetStringAsync(all.Headers.Location!.OriginalString);
        Unread(done).ShouldBeEmpty();
        WebUtility.HtmlDecode(done).ShouldContain("Bạn đã đọc hết.");
        (await InboxGiven.MineAsync(other.Api)).GetProperty("unreadCount").GetInt32().ShouldBe(1, "another household's stay unread");
    }

    [Fact]
    public async Task A_household_sets_its_preferences_on_a_plain_form_and_sees_errors_in_Vietnamese()
    {
        var (_, browser) = await InboxGiven.PhoneHouseholdAsync(app);

        var raw = await browser.GetStringAsync("/account/notifications/preferences");
        var page = WebUtility.HtmlDecode(raw);
        page.ShouldContain("Cách bạn nhận thông báo");
        page.ShouldContain("Giờ yên tĩnh");
        page.ShouldContain("name=\"Form.QuietFrom\" value=\"21:00\"");
        page.ShouldContain("name=\"Form.Channels\" value=\"Sms\" checked=\"checked\"");
        page.ShouldContain("Thông báo khác");
        page.ShouldNotContain("value=\"Email\"", customMessage: "households are not offered e-mail");
        page.ShouldNotContain("Form.Digest");
        var token = Forms.Antiforgery(raw);

        var index = Regex.Match(raw, "name=\"Form.Categories\\[(\\d+)\\].Category\" value=\"notice\"").Groups[1].Value;
        index.ShouldNotBeEmpty();
        var refused = await browser.PostAsync("/account/notifications/preferences", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Form.Channels", "Email"), new("Form.QuietFrom", "21:00"), new("Form.QuietTo", "21:00"),
        ]));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        errors.ShouldContain("Chưa lưu được lựa chọn của bạn:");
        errors.ShouldContain("Cách nhận này không dành cho bạn.");
        errors.ShouldContain("Giờ bắt đầu và kết thúc yên tĩnh phải khác nhau.");

        var saved = await browser.PostAsync("/account/notifications/preferences", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Form.QuietFrom", "22:30"), new("Form.QuietTo", "05:00"),
            new($"Form.Categories[{index}].Category", "notice"), new($"Form.Categories[{index}].Channels", "Sms"),
        ]));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(saved.Headers.Location!.OriginalString));
        shown.ShouldContain("Đã lưu lựa chọn của bạn.");
        shown.ShouldContain("name=\"Form.QuietFrom\" value=\"22:30\"");
        shown.ShouldContain("name=\"Form.QuietTo\" value=\"05:00\"");
        shown.ShouldNotContain("name=\"Form.Channels\" value=\"Sms\" checked=\"checked\"", customMessage: "no text for the rest: the list only");
        shown.ShouldContain($"name=\"Form.Categories[{index}].Channels\" value=\"Sms\" checked=\"checked\"");
        shown.ShouldNotContain($"name=\"Form.Categories[{index}].Same\" value=\"true\" checked=\"checked\"");
    }

    [Fact]
    public async Task The_list_pages_through_older_notifications()
    {
        var (member, browser) = await InboxGiven.PhoneHouseholdAsync(app);
        var made = await InboxGiven.NotifyAsync(app, Village, 22, member: member);

        var first = await browser.GetStringAsync("/account/notifications");
        Unread(first).Count.ShouldBe(20);
        first.ShouldContain("href=\"/account/notifications?page=2\" rel=\"next\"");
        var second = await browser.GetStringAsync("/account/notifications?page=2");
        Unread(second).ShouldBe([made[1], made[0]]);
        second.ShouldContain("rel=\"prev\"");
        second.ShouldNotContain("rel=\"next\"");
    }
}
