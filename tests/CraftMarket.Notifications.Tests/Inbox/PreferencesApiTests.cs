using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Notifications.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>
/// GET|PUT /api/notifications/preferences: the audience's defaults until a choice is saved, the
/// choice read back as saved, and clear field errors for what each audience may not choose.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class PreferencesApiTests(NotificationsApp app)
{
    private const string Village = InboxGiven.Village;

    private static async Task<JsonElement> Read(HttpClient api)
    {
        var response = await api.GetAsync("/api/notifications/preferences");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Save(HttpClient api, object body)
    {
        var response = await api.PutAsJsonAsync("/api/notifications/preferences", body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static IReadOnlyDictionary<string, string[]> FieldErrors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => Strings(p.Value));

    [Fact]
    public async Task A_household_starts_with_texts_and_night_quiet_hours_and_reads_back_what_it_saves()
    {
        var household = await InboxGiven.HouseholdAsync(app);
        var defaults = await Read(household.Api);
        defaults.GetProperty("audience").GetString().ShouldBe("Producer");
        Strings(defaults.GetProperty("availableChannels")).ShouldBe(["Sms"], "Zalo is off unless configured; e-mail is not offered to households");
        Strings(defaults.GetProperty("general").GetProperty("channels")).ShouldBe(["Sms"]);
        defaults.GetProperty("general").GetProperty("quietHours").GetProperty("from").GetString().ShouldBe("21:00");
        defaults.GetProperty("general").GetProperty("quietHours").GetProperty("to").GetString().ShouldBe("06:00");
        var categories = defaults.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()).ToList();
        categories.ShouldBe(["notice"], "its work, inspections and payments are in its list only: Orders texts them already");

        var (status, saved) = await Save(household.Api, new
        {
            general = new { channels = Array.Empty<string>(), quietHours = new { from = "22:00", to = "05:30" } },
            categories = new object[] { new { category = "notice", channels = new[] { "sms" } } },
        });
        status.ShouldBe(HttpStatusCode.OK, saved.ToString());
        var again = await Read(household.Api);
        Strings(again.GetProperty("general").GetProperty("channels")).ShouldBeEmpty("the list only");
        again.GetProperty("general").GetProperty("quietHours").GetProperty("from").GetString().ShouldBe("22:00");
        again.GetProperty("general").GetProperty("quietHours").GetProperty("to").GetString().ShouldBe("05:30");
        Strings(again.GetProperty("categories")[0].GetProperty("channels")).ShouldBe(["Sms"]);

        await using (var scope = app.ScopeFor(Village))
        {
            var stored = NotificationsSite.Db(scope).Preferences.Where(p => p.UserId == household.UserId).ToList();
            stored.Select(p => p.Category).ShouldBe(["*", "notice"], ignoreOrder: true);
            stored.Single(p => p.Category == "*").Channels.ShouldBeEmpty();
            stored.Single(p => p.Category == "notice").Channels.ShouldBe("Sms");
            stored.ShouldAllBe(p => p.QuietFrom == new TimeOnly(22, 0) && p.QuietTo == new TimeOnly(5, 30), "every row carries the quiet hours");
        }

        // Saving again without the category puts it back on the general choice.
        (await Save(household.Api, new { general = new { channels = new[] { "Sms" }, quietHours = new { from = "21:30", to = "06:00" } } })).Status
            .ShouldBe(HttpStatusCode.OK);
        (await Read(household.Api)).GetProperty("categories")[0].GetProperty("channels").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_households_wrong_choices_get_one_clear_error_per_field_and_change_nothing()
    {
        var household = await InboxGiven.HouseholdAsync(app);
        var (status, problem) = await Save(household.Api, new
        {
            general = new { channels = new[] { "Email" }, quietHours = new { from = "25:00", to = "" }, digest = true },
            categories = new object[]
            {
                new { category = "quote.accepted", channels = new[] { "Sms" } },
                new { category = "notice", channels = new[] { "Zalo" } },
                new { category = "notice", channels = new[] { "Sms" } },
                new { category = "work-order.issued", channels = new[] { "Sms" } },
            },
        });
        status.ShouldBe(HttpStatusCode.BadRequest);
        var errors = FieldErrors(problem);
        errors["general.channels"].ShouldBe(["This channel is not offered to you."]);
        errors["general.quietHours.from"].ShouldBe(["Write the time as hours:minutes, for example 21:00."]);
        errors["general.quietHours.to"].ShouldBe(["Give the time quiet hours start and end."]);
        errors["general.digest"].ShouldBe(["A daily digest is for association staff only."]);
        errors["categories[0].category"].ShouldBe(["This kind of notification is not offered to you."]);
        errors["categories[1].channels"].ShouldBe(["This channel is not offered to you."], "Zalo is off unless configured");
        errors["categories[2].category"].ShouldBe(["This kind of notification is listed twice."]);
        errors["categories[3].category"].ShouldBe(["This kind of notification is not offered to you."], "in the list only: nothing to choose");

        var same = await Save(household.Api, new { general = new { channels = new[] { "Sms" }, quietHours = new { from = "22:00", to = "22:00" } } });
        same.Status.ShouldBe(HttpStatusCode.BadRequest);
        FieldErrors(same.Body)["general.quietHours.to"].ShouldBe(["Quiet hours must start and end at different times."]);
        FieldErrors((await Save(household.Api, new { })).Body)["general"].ShouldBe(["Give the channels for all notifications."]);
        (await Save(household.Api, new { general = new { channels = new[] { "1" }, quietHours = new { from = "21:00", to = "06:00" } } })).Status
            .ShouldBe(HttpStatusCode.BadRequest, "a number is not a channel's name");

        Strings((await Read(household.Api)).GetProperty("general").GetProperty("channels")).ShouldBe(["Sms"], "nothing was saved");
        await using var scope = app.ScopeFor(Village);
        NotificationsSite.Db(scope).Preferences.Count(p => p.UserId == household.UserId).ShouldBe(0);
    }

    [Fact]
    public async Task Staff_choose_a_daily_digest_but_no_quiet_hours_and_buyers_neither()
    {
        var desk = await app.ExportDesk("dong-ky");
        var defaults = await Read(desk);
        defaults.GetProperty("audience").GetString().ShouldBe("Staff");
        Strings(defaults.GetProperty("availableChannels")).ShouldBe(["Email"]);
        Strings(defaults.GetProperty("general").GetProperty("channels")).ShouldBe(["Email"]);
        defaults.GetProperty("general").GetProperty("quietHours").ValueKind.ShouldBe(JsonValueKind.Null);
        defaults.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString())
            .ShouldContain("inquiry.submitted");

        var (status, saved) = await Save(desk, new
        {
            general = new { channels = new[] { "Email" }, digest = true },
            categories = new object[] { new { category = "inquiry.submitted", channels = Array.Empty<string>() } },
        });
        status.ShouldBe(HttpStatusCode.OK, saved.ToString());
        var again = await Read(desk);
        again.GetProperty("general").GetProperty("digest").GetBoolean().ShouldBeTrue();
        Strings(again.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "inquiry.submitted")
            .GetProperty("channels")).ShouldBeEmpty("new inquiries in the list only");

        var quiet = await Save(desk, new { general = new { channels = new[] { "Email" }, quietHours = new { from = "21:00", to = "06:00" } } });
        quiet.Status.ShouldBe(HttpStatusCode.BadRequest);
        FieldErrors(quiet.Body)["general.quietHours"].ShouldBe(["Quiet hours are for households only."]);
        var texts = await Save(desk, new { general = new { channels = new[] { "Sms" } } });
        FieldErrors(texts.Body)["general.channels"].ShouldBe(["This channel is not offered to you."]);

        var buyer = await app.Buyer("dong-ky", TradeBuyers.Decor);
        var buyers = await Read(buyer);
        buyers.GetProperty("audience").GetString().ShouldBe("Buyer");
        Strings(buyers.GetProperty("general").GetProperty("channels")).ShouldBe(["Email"]);
        var digest = await Save(buyer, new { general = new { channels = new[] { "Email" }, digest = true } });
        FieldErrors(digest.Body)["general.digest"].ShouldBe(["A daily digest is for association staff only."]);
    }
}
