using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftMarket.Insight.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Insight.Tests.Audit;

/// <summary>
/// The audit trail end to end (ADR 0065): a real change through a real endpoint is saved with its audit event in
/// the writing module's outbox, the insight module keeps it, and the association's admin reads it on /admin/audit,
/// in its CSV and from the API: who, the area, old → new; never a phone number, a bank account or an address; never
/// another association's lines.
/// </summary>
[Collection(InsightCollection.Name)]
public sealed class AuditTrailTests(InsightApp app)
{
    private const string Village = "bat-trang";

    private static string Marker() => Guid.NewGuid().ToString("N")[..10];

    private async Task<HttpClient> AdminPages(string slug) =>
        await app.ClientFor(slug).SignedInWithCookie(Auth.AssociationAdmin(slug));

    private static async Task<JsonElement> Audit(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/association/audit?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The JSON as a person would read it (no \u escapes), so a Vietnamese address is found if it were there.</summary>
    private static string Readable(JsonElement json) => JsonSerializer.Serialize(json, ReadableJson);

    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static List<string> Changes(JsonElement entry) => [.. entry.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!)];

    /// <summary>Invites a household and renames it, moves its phone and address through PUT /api/members/{id}, as the admin does.</summary>
    private async Task<(Guid Id, string OldName, string NewName, string OldPhone, string NewPhone, string Address)> RenamedHousehold(string slug, string marker)
    {
        var oldName = $"Hộ gốm Cũ {marker}";
        var (id, oldPhone) = await app.InviteHousehold(slug, oldName);
        var newName = $"Hộ gốm Mới {marker}";
        var newPhone = TestPhones.Next();
        var address = $"Số {marker} ngõ Bí Mật";
        var response = await (await app.Admin(slug)).PutAsJsonAsync($"/api/members/{id}", new
        {
            kind = "Household",
            displayName = newName,
            representativeName = "Nguyễn Văn Thử",
            phone = newPhone,
            commune = "Bát Tràng, Gia Lâm, Hà Nội",
            address,
            crafts = new[] { "men rạn" },
            languages = new[] { "vi" },
        });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        await app.WaitForOutboxesAsync();
        return (id, oldName, newName, oldPhone, "+84" + newPhone[1..], address);
    }

    [Fact]
    public async Task The_admins_change_to_a_member_shows_who_the_area_and_old_to_new_but_never_the_phone_or_the_address()
    {
        var marker = Marker();
        var member = await RenamedHousehold(Village, marker);
        var admin = await app.Admin(Village);
        var adminId = await TradeSite.UserIdOf(admin);

        var entries = Items(await Audit(admin, $"area=members&text={marker}"));
        var changed = entries.Single(e => e.GetProperty("action").GetString() == "Changed");
        changed.GetProperty("actorUserId").GetGuid().ShouldBe(adminId);
        var actorName = changed.GetProperty("actorName").GetString()!;
        actorName.ShouldNotBeNullOrWhiteSpace();
        actorName.ShouldNotStartWith("system");
        changed.GetProperty("area").GetString().ShouldBe("members");
        changed.GetProperty("subject").GetString().ShouldBe($"{member.NewName} (member)");
        var changes = Changes(changed);
        changes.ShouldContain($"DisplayName: {member.OldName} → {member.NewName}");
        changes.ShouldContain("PhoneE164: (changed)");
        changes.ShouldContain("Address: (changed)");
        entries.ShouldContain(e => e.GetProperty("action").GetString() == "Created", "the invitation is in the trail too");

        var page = await (await AdminPages(Village)).GetStringAsync($"/admin/audit?area=members&q={marker}");
        page.ShouldContain(actorName);
        page.ShouldContain($"DisplayName: {member.OldName} → {member.NewName}");
        var csv = await (await AdminPages(Village)).GetStringAsync($"/admin/audit?handler=Csv&area=members&q={marker}");
        csv.ShouldContain(member.NewName);

        // Neither number (in any spelling) nor the household's address is copied anywhere the trail shows.
        var json = Readable(await Audit(admin, $"text={marker}"));
        foreach (var shown in new[] { json, page, csv })
        {
            foreach (var phone in new[] { member.OldPhone, member.NewPhone })
            {
                shown.ShouldNotContain(phone);
                shown.ShouldNotContain("0" + phone[3..]);
                shown.ShouldNotContain(phone[3..]);
            }
            shown.ShouldNotContain(member.Address);
            shown.ShouldNotContain("ngõ Bí Mật");
        }
    }

    [Fact]
    public async Task A_changed_bank_account_is_recorded_as_changed_and_its_number_never_copied()
    {
        const string slug = "dong-ky";
        var admin = await app.Admin(slug);
        var current = await admin.GetFromJsonAsync<JsonElement>("/api/order-settings");
        var number = "9" + string.Concat(Guid.NewGuid().ToByteArray()[..6].Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture))) + "731";

        async Task Put(string bankAccountNumber, int? revision)
        {
            var response = await admin.PutAsJsonAsync("/api/order-settings", new
            {
                bankName = "Vietcombank",
                bankAccountName = "Hợp tác xã Đồng Kỵ",
                bankAccountNumber,
                bankSwift = "BFTVVNVX",
                bankAddress = "198 Trần Quang Khải, Hà Nội",
                aql = current.GetProperty("aql").GetString(),
                defectTypes = current.GetProperty("defectTypes").EnumerateArray().Select(d => d.GetString()).ToArray(),
                feeBasisPoints = current.GetProperty("feeBasisPoints").GetInt32(),
                feeFixedDong = current.GetProperty("feeFixedDong").GetInt64(),
                payoutTiming = current.GetProperty("payoutTiming").GetString(),
                surplusPolicy = current.GetProperty("surplusPolicy").GetString(),
                revision,
            });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            current = await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        await Put("0011000" + number[..4], current.GetProperty("saved").GetBoolean() ? current.GetProperty("revision").GetInt32() : null);
        await Put(number, current.GetProperty("revision").GetInt32());
        await app.WaitForOutboxesAsync();

        var entries = Items(await Audit(admin, "area=settings&text=BankAccountNumber"));
        entries.ShouldContain(e => e.GetProperty("subject").GetString() == "Order settings"
            && Changes(e).Contains("BankAccountNumber: (changed)"));
        var csv = await (await AdminPages(slug)).GetStringAsync("/admin/audit?handler=Csv&area=settings");
        var page = await (await AdminPages(slug)).GetStringAsync("/admin/audit?area=settings");
        foreach (var shown in new[] { Readable(await Audit(admin, "area=settings&pageSize=100")), csv, page })
        {
            shown.ShouldNotContain(number);
            shown.ShouldNotContain("198 Trần Quang Khải");
        }
    }

    [Fact]
    public async Task Another_associations_lines_are_never_shown()
    {
        var marker = Marker();
        var member = await RenamedHousehold("van-phuc", marker);
        (await Audit(await app.Admin("van-phuc"), $"text={marker}")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);

        var elsewhere = await app.Admin(Village);
        var json = await Audit(elsewhere, $"text={marker}");
        json.GetProperty("total").GetInt32().ShouldBe(0);
        (await Audit(elsewhere, "pageSize=100")).GetRawText().ShouldNotContain(marker);
        // The filter's own box repeats the text asked for: look for the lines, not the marker.
        (await (await AdminPages(Village)).GetStringAsync($"/admin/audit?q={marker}")).ShouldNotContain(member.NewName);
        (await (await AdminPages(Village)).GetStringAsync("/admin/audit?handler=Csv")).ShouldNotContain(marker);
    }

    [Fact]
    public async Task The_csv_keeps_a_formula_typed_in_a_members_name_as_text()
    {
        var marker = Marker();
        var formula = $"=HYPERLINK(\"https://evil.example/{marker}\",\"Xem\")";
        await app.InviteHousehold(Village, formula);
        await app.WaitForOutboxesAsync();

        var response = await (await AdminPages(Village)).GetAsync($"/admin/audit?handler=Csv&q={marker}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2, csv);
        // The subject cell starts with the member's name: quoted (it holds commas and quotes) and led by a single quote.
        lines[1].ShouldContain(",\"'=HYPERLINK(\"\"https://evil.example/" + marker);
        foreach (var cell in lines[1].Split(','))
            cell.TrimStart('"').ShouldNotStartWith("=");
    }

    [Fact]
    public async Task Filters_narrow_the_trail_by_area_actor_dates_and_text()
    {
        var marker = Marker();
        var member = await RenamedHousehold(Village, marker);
        var admin = await app.Admin(Village);
        var adminId = await TradeSite.UserIdOf(admin);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).Date;
        string Day(DateTime d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        int Total(JsonElement page) => page.GetProperty("total").GetInt32();
        Total(await Audit(admin, $"text={marker}")).ShouldBe(2, "invited, then changed");
        Total(await Audit(admin, $"text={marker}&area=members")).ShouldBe(2);
        Total(await Audit(admin, $"text={marker}&area=orders")).ShouldBe(0);
        Total(await Audit(admin, $"text={marker}&actor={adminId}")).ShouldBe(2);
        Total(await Audit(admin, $"text={marker}&actor={Guid.NewGuid()}")).ShouldBe(0);
        Total(await Audit(admin, $"text={marker}&actor=nobody-of-that-name")).ShouldBe(0);
        Total(await Audit(admin, $"text={marker}&from={Day(today.AddDays(-1))}&to={Day(today.AddDays(1))}")).ShouldBe(2);
        Total(await Audit(admin, $"text={marker}&to={Day(today.AddDays(-1))}")).ShouldBe(0);
        Total(await Audit(admin, $"text={marker}&from={Day(today.AddDays(1))}")).ShouldBe(0);
        Total(await Audit(admin, $"text={marker}&pageSize=1")).ShouldBe(2);
        Items(await Audit(admin, $"text={marker}&pageSize=1")).Single().GetProperty("action").GetString().ShouldBe("Changed", "newest first");
        Items(await Audit(admin, $"text={marker}&pageSize=1&page=2")).Single().GetProperty("action").GetString().ShouldBe("Created");

        (await admin.GetAsync("/api/association/audit?from=07-12-2026")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/association/audit?from=2026-12-07&to=2026-12-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/association/audit?area=ledger")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.GetAsync("/api/association/audit?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var page = await (await AdminPages(Village)).GetStringAsync($"/admin/audit?q={marker}&area=orders");
        page.ShouldNotContain(member.NewName);
        page = await (await AdminPages(Village)).GetStringAsync($"/admin/audit?q={marker}&area=members&from={Day(today)}");
        page.ShouldContain(member.NewName);
    }

    [Fact]
    public async Task Only_the_associations_admin_reads_the_trail()
    {
        (await (await app.ExportDesk(Village)).GetAsync("/api/association/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Inspector(Village)).GetAsync("/api/association/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Buyer(Village)).GetAsync("/api/association/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous(Village).GetAsync("/api/association/audit")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // Another village's admin is an ordinary signed-in user here.
        (await (await app.Staff(Village, Auth.AssociationAdmin("van-phuc"))).GetAsync("/api/association/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        foreach (var path in new[] { "/admin/audit", "/admin/audit?handler=Csv" })
        {
            var response = await desk.GetAsync(path);
            response.StatusCode.ShouldNotBe(HttpStatusCode.OK, path);
            (await app.Anonymous(Village).GetAsync(path)).StatusCode.ShouldNotBe(HttpStatusCode.OK, path);
        }
        (await (await AdminPages(Village)).GetAsync("/admin/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
