using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.QualityMarks.Tests.Schemes.SchemeRequests;

namespace CraftMarket.QualityMarks.Tests.Schemes;

/// <summary>Members' other certificates (ISO, fair trade...): staff record them, the member reads its own, nobody else does.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class OtherCertificateTests(QualityMarksApp app)
{
    internal static async Task<(Guid Id, string Phone)> ActiveHouseholdAsync(QualityMarksSite app, string slug)
    {
        var household = await app.InviteHousehold(slug, "Hộ Chứng Nhận " + Guid.NewGuid().ToString("N")[..6]);
        (await (await app.Admin(slug)).PostAsync($"/api/members/{household.Id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return household;
    }

    internal static object Certificate(Guid member, string kind = "ISO 9001:2015", string issuedOn = "2025-03-01", string? expiresOn = "2028-02-28") => new
    {
        memberId = member, kind, issuer = "Bureau Veritas Việt Nam", number = "VN-" + Guid.NewGuid().ToString("N")[..8], issuedOn, expiresOn,
    };

    [Fact]
    public async Task Staff_record_change_list_and_withdraw_a_members_certificate_and_each_change_is_audited()
    {
        var member = await ActiveHouseholdAsync(app, "bat-trang");
        var exportDesk = await app.ExportDesk("bat-trang");
        var created = await CreatedAsync(await exportDesk.PostAsJsonAsync("/api/quality/other-certificates", Certificate(member.Id, "Fairtrade")));
        var id = created.GetProperty("id").GetString()!;
        created.GetProperty("memberName").GetString()!.ShouldStartWith("Hộ Chứng Nhận");
        created.GetProperty("expired").GetBoolean().ShouldBeFalse();
        created.GetProperty("hasDocument").GetBoolean().ShouldBeFalse();

        var changed = await OkAsync(await exportDesk.PutAsJsonAsync($"/api/quality/other-certificates/{id}", new
        {
            kind = "Fairtrade", issuer = "FLOCERT", number = "FL-1234", issuedOn = "2024-01-10", expiresOn = "2025-01-09",
        }));
        changed.GetProperty("issuer").GetString().ShouldBe("FLOCERT");
        changed.GetProperty("expiresOn").GetString().ShouldBe("2025-01-09");
        changed.GetProperty("expired").GetBoolean().ShouldBeTrue();

        var own = await OkAsync(await exportDesk.GetAsync($"/api/quality/other-certificates?memberId={member.Id}"));
        own.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe([id]);

        var admin = await app.Admin("bat-trang");
        (await admin.PostAsJsonAsync($"/api/quality/other-certificates/{id}/withdraw", new { reason = "Ghi nhầm" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await OkAsync(await admin.GetAsync($"/api/quality/other-certificates?memberId={member.Id}"))).GetArrayLength().ShouldBe(0);
        var withWithdrawn = await OkAsync(await admin.GetAsync($"/api/quality/other-certificates?memberId={member.Id}&includeWithdrawn=true"));
        withWithdrawn[0].GetProperty("withdrawn").GetBoolean().ShouldBeTrue();
        (await admin.PutAsJsonAsync($"/api/quality/other-certificates/{id}", new
        {
            kind = "Fairtrade", issuer = "FLOCERT", number = "FL-1234", issuedOn = "2024-01-10",
        })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await using var scope = app.ScopeFor("bat-trang");
        var audit = await QualityMarksSite.Db(scope).Audit.AsNoTracking().Where(a => a.SubjectId == Guid.Parse(id)).OrderBy(a => a.At).ToListAsync();
        audit.Select(a => a.Action).ShouldBe(["recorded", "updated", "withdrawn"]);
        audit.ShouldAllBe(a => a.SubjectKind == "other-certificate");
        audit[1].Detail!.ShouldContain("FLOCERT");
        audit[2].Detail.ShouldBe("Ghi nhầm");
    }

    [Fact]
    public async Task Bad_certificates_are_refused_with_a_problem_naming_each_field()
    {
        var member = await ActiveHouseholdAsync(app, "bat-trang");
        var staff = await app.Inspector("bat-trang");
        const string url = "/api/quality/other-certificates";
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, Certificate(member.Id, issuedOn: "2025-03-01", expiresOn: "2025-03-01")), "expiresOn");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, Certificate(member.Id, issuedOn: "01/03/2025")), "issuedOn");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, Certificate(member.Id, issuedOn: "")), "issuedOn");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, Certificate(member.Id, kind: " ")), "kind");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, new { memberId = member.Id, kind = "HACCP", issuedOn = "2025-01-01" }), "issuer");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, new { kind = "HACCP", issuer = "x", number = "1", issuedOn = "2025-01-01" }), "memberId");

        var invited = await app.InviteHousehold("bat-trang");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, Certificate(invited.Id)), "memberId");
        var elsewhere = await ActiveHouseholdAsync(app, "van-phuc");
        await ShouldNameFieldAsync(await staff.PostAsJsonAsync(url, Certificate(elsewhere.Id)), "memberId");

        // A certificate stays with its member.
        var id = (await CreatedAsync(await staff.PostAsJsonAsync(url, Certificate(member.Id)))).GetProperty("id").GetString();
        var other = await ActiveHouseholdAsync(app, "bat-trang");
        await ShouldNameFieldAsync(await staff.PutAsJsonAsync($"{url}/{id}", Certificate(other.Id)), "memberId");
    }

    [Fact]
    public async Task A_household_reads_its_own_certificates_only_and_other_associations_and_buyers_see_nothing()
    {
        var holder = await ActiveHouseholdAsync(app, "bat-trang");
        var neighbour = await ActiveHouseholdAsync(app, "bat-trang");
        var staff = await app.ExportDesk("bat-trang");
        var mine = (await CreatedAsync(await staff.PostAsJsonAsync("/api/quality/other-certificates", Certificate(holder.Id, "HACCP")))).GetProperty("id").GetString()!;
        var theirs = (await CreatedAsync(await staff.PostAsJsonAsync("/api/quality/other-certificates", Certificate(neighbour.Id, "OEKO-TEX Standard 100")))).GetProperty("id").GetString()!;

        var producer = await app.Producer("bat-trang", holder.Phone);
        var listed = await OkAsync(await producer.GetAsync($"/api/quality/other-certificates?memberId={neighbour.Id}"));
        listed.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldBe([mine]);
        (await OkAsync(await producer.GetAsync($"/api/quality/other-certificates/{mine}"))).GetProperty("kind").GetString().ShouldBe("HACCP");
        (await producer.GetAsync($"/api/quality/other-certificates/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.PostAsJsonAsync("/api/quality/other-certificates", Certificate(holder.Id))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.PostAsJsonAsync($"/api/quality/other-certificates/{mine}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var vanPhuc = await app.Admin("van-phuc");
        (await vanPhuc.GetAsync($"/api/quality/other-certificates/{mine}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/api/quality/other-certificates/{mine}/document")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PutAsJsonAsync($"/api/quality/other-certificates/{mine}", Certificate(holder.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsJsonAsync($"/api/quality/other-certificates/{mine}/withdraw", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetStringAsync("/api/quality/other-certificates?includeWithdrawn=true")).ShouldNotContain(mine);

        var buyer = await app.Staff("bat-trang", "buyer@decor.example");
        (await buyer.GetAsync("/api/quality/other-certificates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await buyer.GetAsync($"/api/quality/other-certificates/{mine}/document")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous("bat-trang").GetAsync($"/api/quality/other-certificates/{mine}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var still = await OkAsync(await staff.GetAsync($"/api/quality/other-certificates/{mine}"));
        still.GetProperty("withdrawn").GetBoolean().ShouldBeFalse();
        still.GetProperty("kind").GetString().ShouldBe("HACCP");
    }
}
