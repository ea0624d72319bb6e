using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Members.Tests.Support;

namespace CraftMarket.Members.Tests.Api;

/// <summary>Households leave an association and come back: the admin reactivates the member they were.</summary>
public abstract class ReactivationTests(MembersApp app)
{
    [Fact]
    public async Task A_reactivated_member_is_active_again_and_its_household_signs_back_in()
    {
        var admin = await app.Admin("bat-trang");
        var (id, phone) = await app.InviteHousehold("bat-trang");
        (await admin.PostAsync($"/api/members/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Inviting the phone again is still refused (one phone, one member), and says what to do instead.
        var again = await admin.PostAsJsonAsync("/api/members", Requests.Household(phone));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Read<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("reactivate");

        (await admin.PostAsync($"/api/members/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var member = await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}");
        member.GetProperty("status").GetString().ShouldBe("Active");
        member.GetProperty("deactivatedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await app.Anonymous("bat-trang").GetAsync($"/api/public/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Identity was told again (MemberInvited): it re-links the account it unlinked on deactivation and texts the household.
        var me = await app.Producer("bat-trang", phone, invitations: 2);
        (await me.GetFromJsonAsync<JsonElement>("/api/members/me")).GetProperty("id").GetGuid().ShouldBe(id);
        (await me.PutAsJsonAsync("/api/members/me", Requests.Household(phone, "Hộ gốm Trở Về"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_a_deactivated_member_can_be_reactivated_and_only_by_its_associations_admin()
    {
        var (id, _) = await app.InviteHousehold("bat-trang");
        var admin = await app.Admin("bat-trang");
        var refused = await admin.PostAsync($"/api/members/{id}/reactivate", null);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Read<JsonElement>()).GetProperty("code").GetString().ShouldBe("member_not_deactivated");

        (await admin.PostAsync($"/api/members/{id}/deactivate", null)).EnsureSuccessStatusCode();
        (await (await app.ExportDesk("bat-trang")).PostAsync($"/api/members/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Admin("van-phuc")).PostAsync($"/api/members/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}")).GetProperty("status").GetString().ShouldBe("Deactivated");
    }
}

public sealed class SqliteReactivationTests(SqliteReactivationTests.App app) : ReactivationTests(app), IClassFixture<SqliteReactivationTests.App>
{
    public sealed class App() : MembersApp();
}
