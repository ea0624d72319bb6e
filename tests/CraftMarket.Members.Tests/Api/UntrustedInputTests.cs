using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Members.Tests.Support;

namespace CraftMarket.Members.Tests.Api;

/// <summary>Whatever a client sends, the answer is a 400 naming the problem, never a 500.</summary>
public abstract class UntrustedInputTests(MembersApp app)
{
    private static object WithLists(string phone, object?[] crafts, object?[] equipment, object?[] capacities, object?[] languages) => new
    {
        kind = "Household", displayName = "Hộ gốm Null", representativeName = "Nguyễn Văn Null", phone,
        commune = "Bát Tràng, Gia Lâm, Hà Nội", crafts, equipment, capacities, languages,
    };

    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return (await response.Read<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task Null_equipment_or_capacity_entries_are_named_in_a_400_on_invite_and_edit()
    {
        var admin = await app.Admin("bat-trang");
        var invite = await admin.PostAsJsonAsync("/api/members", WithLists(Phones.Next(), [], [null], [null], []));
        var errors = await Errors(invite);
        errors.TryGetProperty("equipment[0].name", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("capacities[0].category", out _).ShouldBeTrue(errors.ToString());

        var (id, _) = await app.InviteHousehold("bat-trang");
        var edit = await admin.PutAsJsonAsync($"/api/members/{id}", WithLists(Phones.Next(), [], [null], [], []));
        (await Errors(edit)).TryGetProperty("equipment[0].name", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_producer_sending_null_entries_for_their_own_profile_gets_a_400()
    {
        var (_, phone) = await app.InviteHousehold("bat-trang");
        var me = await app.Producer("bat-trang", phone);
        var saved = await me.PutAsJsonAsync("/api/members/me", WithLists(phone, [null], [], [null], [null]));
        (await Errors(saved)).TryGetProperty("capacities[0].unit", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Null_crafts_and_languages_are_skipped_like_blank_ones()
    {
        var response = await (await app.Admin("bat-trang")).PostAsJsonAsync("/api/members",
            WithLists(Phones.Next(), [null, "men lam"], [], [], [null]));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var member = await response.Read<JsonElement>();
        member.GetProperty("crafts").EnumerateArray().Select(c => c.GetString()).ShouldBe(["men lam"]);
        member.GetProperty("languages").EnumerateArray().Select(c => c.GetString()).ShouldBe(["vi"]);
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=10001", "page")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task Out_of_range_paging_is_a_400_for_staff_and_for_the_public_directory(string query, string field)
    {
        var staff = await (await app.ExportDesk("bat-trang")).GetAsync($"/api/members?{query}");
        (await Errors(staff)).TryGetProperty(field, out _).ShouldBeTrue();

        var anonymous = await app.Anonymous("bat-trang").GetAsync($"/api/public/members?{query}");
        (await Errors(anonymous)).TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_last_allowed_page_answers_an_empty_page()
    {
        var staff = await (await app.ExportDesk("bat-trang")).GetFromJsonAsync<JsonElement>("/api/members?page=10000&pageSize=100");
        staff.GetProperty("items").GetArrayLength().ShouldBe(0);
        var anonymous = await app.Anonymous("bat-trang").GetFromJsonAsync<JsonElement>("/api/public/members?page=10000&pageSize=100");
        anonymous.GetProperty("page").GetInt32().ShouldBe(10000);
    }
}

public sealed class SqliteUntrustedInputTests(SqliteUntrustedInputTests.App app) : UntrustedInputTests(app), IClassFixture<SqliteUntrustedInputTests.App>
{
    public sealed class App() : MembersApp();
}
