using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Members.Tests.Support;

namespace CraftMarket.Members.Tests.Api;

/// <summary>A producer's own profile (/api/members/me) and the public directory.</summary>
public abstract class SelfServiceAndDirectoryTests(MembersApp app)
{
    private async Task<Guid> Invite(string slug, object body)
    {
        var response = await (await app.Admin(slug)).PostAsJsonAsync("/api/members", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Read<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object MyProfile(string phone, bool phonePublic) => new
    {
        displayName = "Hộ gốm Tự Sửa",
        representativeName = "Phạm Văn Sửa",
        phone,
        commune = "Bát Tràng, Gia Lâm, Hà Nội",
        address = "Xóm 4",
        crafts = new[] { "men lam" },
        capacities = new[] { new { category = "bát", quantity = 1000, unit = "chiếc" } },
        privacy = new { representativePublic = true, phonePublic, addressPublic = false, capacityPublic = true, equipmentPublic = false },
        // Neither is settable by the member; a client that sends them is ignored.
        exportEligible = true,
        canSignContracts = true,
    };

    [Fact]
    public async Task A_producer_reads_and_edits_their_own_member_which_becomes_active()
    {
        var (id, phone) = await app.InviteHousehold("bat-trang");
        var me = await app.Producer("bat-trang", phone);

        (await me.GetFromJsonAsync<JsonElement>("/api/members/me")).GetProperty("id").GetGuid().ShouldBe(id);

        var saved = await me.PutAsJsonAsync("/api/members/me", MyProfile(phone, phonePublic: true));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var member = await saved.Read<JsonElement>();
        member.GetProperty("displayName").GetString().ShouldBe("Hộ gốm Tự Sửa");
        member.GetProperty("status").GetString().ShouldBe("Active");
        member.GetProperty("exportEligible").GetBoolean().ShouldBeFalse();
        member.GetProperty("canSignContracts").GetBoolean().ShouldBeFalse();
        member.GetProperty("kind").GetString().ShouldBe("Household");
    }

    [Fact]
    public async Task A_producer_has_no_member_in_another_association_and_cannot_reach_other_members()
    {
        var (id, phone) = await app.InviteHousehold("bat-trang");
        var producer = await app.Producer("bat-trang", phone);

        // The same account at van-phuc: its producer role and member belong to bat-trang only.
        var atVanPhuc = app.Anonymous("van-phuc");
        atVanPhuc.DefaultRequestHeaders.Authorization = producer.DefaultRequestHeaders.Authorization;
        (await atVanPhuc.GetAsync("/api/members/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await atVanPhuc.GetAsync($"/api/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // At home a producer sees their own member through /me only, not the register.
        (await producer.GetAsync($"/api/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.PostAsync($"/api/members/{id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_public_directory_lists_active_members_showing_only_what_they_chose()
    {
        var craft = "gốm-" + Guid.NewGuid().ToString("N")[..6];
        var body = (string phone, string name) => new
        {
            kind = "Household", displayName = name, representativeName = "Ẩn Danh", phone, commune = "Bát Tràng, Gia Lâm, Hà Nội",
            address = "Bí mật", crafts = new[] { craft }, equipment = new[] { new { name = "lò gas", count = 3 } },
            capacities = new[] { new { category = "bình", quantity = 200, unit = "chiếc" } },
            privacy = new { representativePublic = false, phonePublic = false, addressPublic = false, capacityPublic = true, equipmentPublic = false },
        };
        var active = await Invite("bat-trang", body(Phones.Next(), "Hộ Công Khai"));
        var invitedOnly = await Invite("bat-trang", body(Phones.Next(), "Hộ Mới Mời"));
        var gone = await Invite("bat-trang", body(Phones.Next(), "Hộ Đã Rời"));
        var admin = await app.Admin("bat-trang");
        (await admin.PostAsync($"/api/members/{active}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PostAsync($"/api/members/{gone}/activate", null)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/members/{gone}/deactivate", null)).EnsureSuccessStatusCode();

        var anonymous = app.Anonymous("bat-trang");
        var list = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/members?craft={Uri.EscapeDataString(craft)}");
        var entry = list.GetProperty("items").EnumerateArray().Single();
        entry.GetProperty("id").GetGuid().ShouldBe(active);
        entry.GetProperty("capacities")[0].GetProperty("quantity").GetInt32().ShouldBe(200);
        foreach (var hidden in new[] { "representativeName", "phone", "address", "equipment" })
            entry.GetProperty(hidden).ValueKind.ShouldBe(JsonValueKind.Null, hidden);

        (await anonymous.GetAsync($"/api/public/members/{active}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync($"/api/public/members/{invitedOnly}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/members/{gone}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var json = await anonymous.GetStringAsync($"/api/public/members/{active}");
        json.ShouldNotContain("Bí mật");
        json.ShouldNotContain("Ẩn Danh");
    }

    [Fact]
    public async Task The_api_is_described_in_OpenAPI_under_the_Members_tag()
    {
        var json = await app.ClientFor(null).GetStringAsync("/openapi/v1.json");
        json.ShouldContain("\"/api/members\"");
        json.ShouldContain("\"/api/members/{id}/deactivate\"");
        json.ShouldContain("\"/api/public/members\"");
        json.ShouldContain("\"Members\"");
    }

    [Fact]
    public async Task Without_an_association_the_api_answers_404()
    {
        (await app.ClientFor(null).GetAsync("/api/public/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteSelfServiceAndDirectoryTests(SqliteSelfServiceAndDirectoryTests.App app)
    : SelfServiceAndDirectoryTests(app), IClassFixture<SqliteSelfServiceAndDirectoryTests.App>
{
    public sealed class App() : MembersApp();
}
