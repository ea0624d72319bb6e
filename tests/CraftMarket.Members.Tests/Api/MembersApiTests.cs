using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Members.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Members.Tests.Api;

/// <summary>The association's member register over HTTP, signed in as the demo accounts through the real sign-in.</summary>
public abstract class MembersApiTests(MembersApp app)
{
    protected async Task<JsonElement> Invite(string slug, object body)
    {
        var response = await (await app.Admin(slug)).PostAsJsonAsync("/api/members", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Read<JsonElement>();
    }

    [Fact]
    public async Task An_admin_invites_a_household_by_phone()
    {
        var phone = Phones.Next();
        var response = await (await app.Admin("bat-trang")).PostAsJsonAsync("/api/members", Requests.Household(phone));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var member = await response.Read<JsonElement>();
        response.Headers.Location!.ToString().ShouldBe($"/api/members/{member.GetProperty("id").GetGuid()}");
        member.GetProperty("status").GetString().ShouldBe("Invited");
        member.GetProperty("kind").GetString().ShouldBe("Household");
        member.GetProperty("phone").GetString().ShouldBe("+84" + phone[1..]);
        member.GetProperty("exportEligible").GetBoolean().ShouldBeFalse();

        await using var scope = app.ScopeFor("bat-trang");
        (await MembersApp.Db(scope).Outbox.CountAsync(m => m.Name == "members.member-invited" && m.Payload.Contains(member.GetProperty("id").GetGuid().ToString())))
            .ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_association_admin_records_export_eligibility_and_only_for_its_own_members()
    {
        var id = (await Invite("bat-trang", Requests.Household(Phones.Next()))).GetProperty("id").GetGuid();
        var url = $"/api/members/{id}/export-eligibility";
        (await (await app.ExportDesk("bat-trang")).PutAsJsonAsync(url, new { eligible = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Admin("van-phuc")).PutAsJsonAsync(url, new { eligible = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var admin = await app.Admin("bat-trang");
        (await (await admin.GetAsync($"/api/members/{id}")).Read<JsonElement>()).GetProperty("exportEligible").GetBoolean().ShouldBeFalse();

        (await admin.PutAsJsonAsync(url, new { eligible = true })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await admin.GetAsync($"/api/members/{id}")).Read<JsonElement>()).GetProperty("exportEligible").GetBoolean().ShouldBeTrue();
        (await admin.PutAsJsonAsync(url, new { eligible = false })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await (await admin.GetAsync($"/api/members/{id}")).Read<JsonElement>()).GetProperty("exportEligible").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Inviting_the_same_phone_twice_is_409()
    {
        var phone = Phones.Next();
        await Invite("bat-trang", Requests.Household(phone));

        var again = await (await app.Admin("bat-trang")).PostAsJsonAsync("/api/members", Requests.Enterprise("+84" + phone[1..]));

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Read<JsonElement>()).GetProperty("code").GetString().ShouldBe("member_phone_taken");
    }

    [Fact]
    public async Task Invalid_fields_come_back_as_validation_problem_details_naming_each_field()
    {
        var response = await (await app.Admin("bat-trang")).PostAsJsonAsync("/api/members", Requests.Household("024 3825 1234", canSign: true));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Read<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("phone", out _).ShouldBeTrue();
        errors.GetProperty("canSignContracts")[0].GetString()!.ShouldContain("household");
    }

    [Fact]
    public async Task Only_association_admins_invite_and_staff_may_read()
    {
        (await app.Anonymous("bat-trang").GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var desk = await app.ExportDesk("bat-trang");
        (await desk.GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await desk.PostAsJsonAsync("/api/members", Requests.Household(Phones.Next()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (_, phone) = await app.InviteHousehold("bat-trang");
        var producer = await app.Producer("bat-trang", phone);
        (await producer.GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_list_pages_and_filters_by_kind_status_and_search()
    {
        var name = "Xưởng Lọc " + Guid.NewGuid().ToString("N")[..6];
        var phone = Phones.Next();
        await Invite("bat-trang", Requests.Enterprise(phone, name));
        await Invite("bat-trang", Requests.Household(Phones.Next(), name + " hộ"));

        var admin = await app.Admin("bat-trang");
        var byName = await admin.GetFromJsonAsync<JsonElement>($"/api/members?search={Uri.EscapeDataString(name.ToLowerInvariant())}");
        byName.GetProperty("total").GetInt32().ShouldBe(2);

        var enterprises = await admin.GetFromJsonAsync<JsonElement>($"/api/members?search={Uri.EscapeDataString(name)}&kind=Enterprise&status=Invited");
        enterprises.GetProperty("items").EnumerateArray().Single().GetProperty("displayName").GetString().ShouldBe(name);

        var byPhone = await admin.GetFromJsonAsync<JsonElement>($"/api/members?search={Uri.EscapeDataString("+84 " + phone[1..])}");
        byPhone.GetProperty("items").EnumerateArray().Single().GetProperty("displayName").GetString().ShouldBe(name);

        var paged = await admin.GetFromJsonAsync<JsonElement>($"/api/members?search={Uri.EscapeDataString(name)}&pageSize=1&page=2");
        paged.GetProperty("items").GetArrayLength().ShouldBe(1);
        paged.GetProperty("page").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task An_admin_edits_then_deactivates_a_member()
    {
        var member = await Invite("bat-trang", Requests.Household(Phones.Next()));
        var id = member.GetProperty("id").GetGuid();
        var admin = await app.Admin("bat-trang");

        var edited = await admin.PutAsJsonAsync($"/api/members/{id}", Requests.Enterprise(Phones.Next(), "Công ty mới thành lập"));
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await edited.Read<JsonElement>()).GetProperty("canSignContracts").GetBoolean().ShouldBeTrue();

        (await admin.PostAsync($"/api/members/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PostAsync($"/api/members/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/members/{id}")).GetProperty("status").GetString().ShouldBe("Deactivated");
        (await admin.PutAsJsonAsync($"/api/members/{id}", Requests.Household(Phones.Next()))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var scope = app.ScopeFor("bat-trang");
        var events = await MembersApp.Db(scope).Outbox.Where(m => m.Payload.Contains(id.ToString())).Select(m => m.Name).ToListAsync();
        events.ShouldBe(["members.member-invited", "members.member-changed", "members.member-deactivated"], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_associations_admin_gets_404_for_every_operation_on_a_member()
    {
        var id = (await Invite("bat-trang", Requests.Household(Phones.Next()))).GetProperty("id").GetGuid();
        var other = await app.Admin("van-phuc");

        (await other.GetAsync($"/api/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync($"/api/members/{id}", Requests.Household(Phones.Next()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/members/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/members/{id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous("van-phuc").GetAsync($"/api/public/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await (await app.Admin("bat-trang")).GetFromJsonAsync<JsonElement>($"/api/members/{id}")).GetProperty("status").GetString().ShouldBe("Invited");
    }

    [Fact]
    public async Task An_admin_role_in_one_association_grants_nothing_in_another()
    {
        var batTrangAdminAtVanPhuc = app.Anonymous("van-phuc");
        batTrangAdminAtVanPhuc.DefaultRequestHeaders.Authorization = (await app.Admin("bat-trang")).DefaultRequestHeaders.Authorization;
        (await batTrangAdminAtVanPhuc.GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteMembersApiTests(SqliteMembersApiTests.App app) : MembersApiTests(app), IClassFixture<SqliteMembersApiTests.App>
{
    public sealed class App() : MembersApp();
}
