using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>A household of its own per test (fresh phone, fresh member), and notifications written straight into the module's table.</summary>
internal static class InboxGiven
{
    public const string Village = "bat-trang";

    public sealed record Household(Guid MemberId, string Phone, HttpClient Api, Guid UserId);

    /// <summary>Invites a household and signs its producer in by texted code (bearer client for the API).</summary>
    public static async Task<Household> HouseholdAsync(NotificationsApp app, string slug = Village)
    {
        var (member, phone) = await app.InviteHousehold(slug, "Hộ gốm Chuông Báo");
        var api = await app.Producer(slug, phone);
        return new Household(member, phone, api, await TradeSite.UserIdOf(api));
    }

    /// <summary>
    /// A fresh household on its phone browser, signed in by cookie through the phone page as a household
    /// does (not also by API: a second code within 30 seconds is not sent).
    /// </summary>
    public static async Task<(Guid MemberId, HttpClient Browser)> PhoneHouseholdAsync(NotificationsApp app, string slug = Village)
    {
        var (member, phone) = await app.InviteHousehold(slug, "Hộ gốm Chuông Báo");
        await app.Texts.WaitForCount(phone, 1);
        var browser = app.ClientFor(slug);
        var local = "0" + phone[3..];
        var before = app.Texts.To(phone).Count;
        var sent = await browser.SubmitAsync("/account/phone", new Dictionary<string, string> { ["Phone"] = local }, "/account/phone?handler=Send");
        var codeForm = await sent.Content.ReadAsStringAsync();
        codeForm.ShouldContain("name=\"Code\"", customMessage: $"{sent.StatusCode}: the phone page asks for the texted code");
        await app.Texts.WaitForCount(phone, before + 1);
        var code = TextMessages.Code(app.Texts.To(phone)[before]);
        var verified = await browser.PostFormAsync("/account/phone?handler=Verify",
            new Dictionary<string, string> { ["Phone"] = local, ["Code"] = code }, Forms.Antiforgery(codeForm));
        verified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (member, browser);
    }

    /// <summary>Writes notifications as the centre would (one per call of <paramref name="shape"/>), oldest first, a minute apart.</summary>
    public static async Task<IReadOnlyList<Guid>> NotifyAsync(NotificationsApp app, string slug, int count, Guid? user = null, Guid? member = null,
        Action<Notification, int>? shape = null, DateTimeOffset? start = null)
    {
        await using var scope = app.ScopeFor(slug);
        var db = NotificationsSite.Db(scope);
        var first = start ?? DateTimeOffset.UtcNow.AddMinutes(-count);
        var made = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var n = new Notification
            {
                TenantId = app.TenantIdOf(slug),
                RecipientUserId = user,
                RecipientMemberId = member,
                Audience = member is null ? Audience.Staff : Audience.Producer,
                Category = member is null ? "inquiry.submitted" : "work-order.issued",
                Language = "vi",
                Title = $"Thông báo thử {i + 1}",
                Body = $"Nội dung thử {i + 1}",
                Link = "/account/work-orders",
                CreatedAt = first.AddMinutes(i),
                SourceEventId = Guid.NewGuid(),
            };
            shape?.Invoke(n, i);
            db.Notifications.Add(n);
            made.Add(n.Id);
        }
        await db.SaveChangesAsync();
        return made;
    }

    public static async Task<JsonElement> MineAsync(HttpClient api, string query = "")
    {
        var response = await api.GetAsync($"/api/notifications{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IReadOnlyList<Guid> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
