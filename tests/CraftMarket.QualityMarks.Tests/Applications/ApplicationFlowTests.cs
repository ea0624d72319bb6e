using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Members.Contracts;

namespace CraftMarket.QualityMarks.Tests.Applications;

/// <summary>
/// An application's way through the API (ADR 0038): apply, submit, visits scheduled with a text to
/// the household, findings recorded under the passed-only-if-all-met rule, a failed visit then a
/// second, rejection, withdrawal, renewals. Runs on SQLite and PostgreSQL.
/// </summary>
public abstract class ApplicationFlowTests(QualityMarksSite app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_household_applies_for_its_own_product_and_submits_once_evidence_is_attached()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);

        var created = await household.Client.ApplyAsync(scheme.Id.Value, household.ProductId);
        var id = await created.CreatedId();
        var draft = await (await household.Client.GetAsync($"/api/quality/applications/{id}")).Json();
        draft.GetProperty("status").GetString().ShouldBe("Draft");
        draft.GetProperty("schemeVersion").GetInt32().ShouldBe(1);
        draft.GetProperty("memberId").GetGuid().ShouldBe(household.MemberId);
        draft.GetProperty("productIds")[0].GetGuid().ShouldBe(household.ProductId);

        (await (await household.Client.PostAsync($"/api/quality/applications/{id}/submit", null)).Problem()).Keys.ShouldContain("evidence");
        await ApplicationsGiven.AttachEvidenceRowAsync(app, Village, id);
        var submitted = await (await household.Client.PostAsync($"/api/quality/applications/{id}/submit", null)).Json();
        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        (await household.Client.PostAsync($"/api/quality/applications/{id}/submit", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var audit = await ApplicationsGiven.AuditAsync(app, Village, id);
        audit.Select(a => a.Action).ShouldBe(["created", "submitted"]);
        audit.ShouldAllBe(a => a.SubjectKind == "application" && a.Actor.Length > 0);
    }

    [Fact]
    public async Task Staff_schedule_a_visit_and_the_household_is_texted_in_Vietnamese_with_the_time_in_Vietnam()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var before = app.Texts.To(household.Phone).Count;

        // 02:00 UTC is 09:00 in Hanoi: the text must say 09:00, whatever the server's zone.
        var day = DateTimeOffset.UtcNow.AddDays(2).UtcDateTime.Date;
        var visit = await ApplicationsGiven.ScheduledAsync(app, Village, id, day.AddHours(2).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture));
        await app.Texts.WaitForCount(household.Phone, before + 1);
        var text = app.Texts.To(household.Phone)[before];
        text.ShouldContain($"09:00 ngày {day:dd/MM/yyyy}");
        text.ShouldContain("kiểm tra");
        text.ShouldContain(scheme.Name.Vi);

        var mine = await (await household.Client.GetAsync($"/api/quality/applications/{id}")).Json();
        mine.GetProperty("status").GetString().ShouldBe("Inspecting");
        mine.GetProperty("nextVisit").GetDateTimeOffset().ShouldBe(new DateTimeOffset(day.AddHours(2), TimeSpan.Zero));

        var admin = await app.Admin(Village);
        var moved = await (await admin.PostAsJsonAsync($"/api/quality/inspections/{visit}/reschedule",
            new { scheduledFor = $"{day.AddDays(1):yyyy-MM-dd}T14:30" })).Json();
        moved.GetProperty("scheduledForVietnam").GetString().ShouldBe($"{day.AddDays(1):dd/MM/yyyy} 14:30");
        await app.Texts.WaitForCount(household.Phone, before + 2);
        app.Texts.To(household.Phone)[before + 1].ShouldContain($"đổi sang 14:30 ngày {day.AddDays(1):dd/MM/yyyy}");

        (await admin.PostAsync($"/api/quality/inspections/{visit}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.Texts.WaitForCount(household.Phone, before + 3);
        app.Texts.To(household.Phone)[before + 2].ShouldContain("đã hủy");
        (await ApplicationsGiven.AuditAsync(app, Village, visit)).Select(a => a.Action).ShouldBe(["scheduled", "rescheduled", "cancelled"]);

        (await (await admin.PostAsJsonAsync("/api/quality/inspections", new { applicationId = id, scheduledFor = "2020-01-01T09:00" })).Problem())
            .Keys.ShouldContain("scheduledFor");
    }

    [Fact]
    public async Task A_visit_passes_only_when_every_criterion_is_answered_and_met()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var visit = await ApplicationsGiven.ScheduledAsync(app, Village, id);
        var inspector = await app.Inspector(Village);

        var halfAnswered = await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record",
            Visit("Passed", 10, ("origin", true)));
        var errors = await halfAnswered.Problem();
        errors["outcome"].ShouldBe(["Passed needs every criterion answered and met."]);
        errors["findings[technique]"].ShouldBe(["Not answered."]);

        var oneUnmet = await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record",
            Visit("Passed", 10, ("origin", true), ("technique", false)));
        (await oneUnmet.Problem())["findings[technique]"].ShouldBe(["Not met."]);

        (await (await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record",
            Visit("Failed", 0, ("origin", true)))).Problem()).Keys.ShouldContain("sampleSize");
        (await (await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record",
            Visit("Passed", 10, ("origin", true), ("technique", true), ("glaze", true)))).Problem()).Keys.ShouldContain("findings[glaze]");

        var passed = await (await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record",
            Visit("Passed", 12, ("origin", true), ("technique", true)))).Json();
        passed.GetProperty("outcome").GetString().ShouldBe("Passed");
        passed.GetProperty("sampleSize").GetInt32().ShouldBe(12);
        (await inspector.PostAsJsonAsync($"/api/quality/inspections/{visit}/record", Visit("Failed", 12, ("origin", false))))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The export desk sells; it does not judge kilns.
        var second = await ApplicationsGiven.ScheduledAsync(app, Village, id);
        (await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/quality/inspections/{second}/record",
            Visit("Passed", 12, ("origin", true), ("technique", true)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ApplicationsGiven.AuditAsync(app, Village, visit)).Select(a => a.Action).ShouldBe(["scheduled", "recorded"]);
    }

    [Fact]
    public async Task A_failed_visit_with_defects_is_followed_by_a_second_visit()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var first = await ApplicationsGiven.ScheduledAsync(app, Village, id);
        var inspector = await app.Inspector(Village);

        var failed = await (await inspector.PostAsJsonAsync($"/api/quality/inspections/{first}/record", new
        {
            findings = new object[]
            {
                new { criterionKey = "origin", met = true, notes = "Hoá đơn đất sét của hợp tác xã." },
                new { criterionKey = "technique", met = false, notes = "Men phun máy, không phải men rạn thủ công." },
            },
            defects = new[] { new { type = "rạn men không đều", count = 3 }, new { type = "lỗ khí", count = 1 } },
            sampleSize = 20, outcome = "Failed", notes = "Hẹn kiểm tra lại sau một tháng.",
        })).Json();
        failed.GetProperty("outcome").GetString().ShouldBe("Failed");
        failed.GetProperty("defects").GetArrayLength().ShouldBe(2);
        (await (await household.Client.GetAsync($"/api/quality/applications/{id}")).Json()).GetProperty("status").GetString().ShouldBe("Inspecting");

        var second = await ApplicationsGiven.ScheduledAsync(app, Village, id);
        await (await inspector.PostAsJsonAsync($"/api/quality/inspections/{second}/record",
            Visit("Passed", 20, ("origin", true), ("technique", true)))).Json();
        var visits = await (await inspector.GetAsync($"/api/quality/inspections?applicationId={id}")).Json();
        visits.EnumerateArray().Select(v => v.GetProperty("outcome").GetString()).ShouldBe(["Failed", "Passed"]);
    }

    [Fact]
    public async Task Staff_reject_with_a_reason_the_household_reads_and_pending_visits_are_called_off()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var visit = await ApplicationsGiven.ScheduledAsync(app, Village, id);
        var admin = await app.Admin(Village);

        (await (await admin.PostAsJsonAsync($"/api/quality/applications/{id}/reject", new { reason = " " })).Problem()).Keys.ShouldContain("reason");
        (await household.Client.PostAsJsonAsync($"/api/quality/applications/{id}/reject", new { reason = "tự từ chối" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var rejected = await (await admin.PostAsJsonAsync($"/api/quality/applications/{id}/reject",
            new { reason = "Nguyên liệu không phải đất sét Bát Tràng." })).Json();
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");

        var mine = await (await household.Client.GetAsync($"/api/quality/applications/{id}")).Json();
        mine.GetProperty("decisionNote").GetString().ShouldBe("Nguyên liệu không phải đất sét Bát Tràng.");
        var called = await (await admin.GetAsync($"/api/quality/inspections/{visit}")).Json();
        called.GetProperty("cancelled").GetBoolean().ShouldBeTrue();
        (await ApplicationsGiven.AuditAsync(app, Village, id)).Select(a => a.Action).ShouldContain("rejected");
    }

    [Fact]
    public async Task The_household_withdraws_its_application_and_staff_cannot_withdraw_it_for_them()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var id = await ApplicationsGiven.SubmittedAsync(app, household, scheme.Id.Value);
        var admin = await app.Admin(Village);

        (await admin.PostAsync($"/api/quality/applications/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await household.Client.PostAsync($"/api/quality/applications/{id}/withdraw", null)).Json())
            .GetProperty("status").GetString().ShouldBe("Withdrawn");
        (await household.Client.PostAsync($"/api/quality/applications/{id}/withdraw", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync("/api/quality/inspections", new { applicationId = id, scheduledFor = ApplicationsGiven.Tomorrow9() }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ApplicationsGiven.AuditAsync(app, Village, id)).Select(a => a.Action).ShouldBe(["created", "submitted", "withdrawn"]);
    }

    [Fact]
    public async Task Products_must_be_the_members_own_and_in_the_marks_categories()
    {
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var neighbour = await ApplicationsGiven.HouseholdAsync(app, Village);
        var open = await ApplicationsGiven.SchemeAsync(app, Village);

        (await (await household.Client.ApplyAsync(open.Id.Value, neighbour.ProductId)).Problem()).Keys.ShouldContain("productIds[0]");
        var elsewhere = await ApplicationsGiven.SchemeAsync(app, Village, categories: [Guid.NewGuid()]);
        (await (await household.Client.ApplyAsync(elsewhere.Id.Value, household.ProductId)).Problem())["productIds[0]"]
            .ShouldBe(["This product's category is not covered by this mark."]);
        var covering = await ApplicationsGiven.SchemeAsync(app, Village, categories: [household.CategoryId]);
        await (await household.Client.ApplyAsync(covering.Id.Value, household.ProductId)).CreatedId();

        var retired = await ApplicationsGiven.SchemeAsync(app, Village, retired: true);
        (await (await household.Client.ApplyAsync(retired.Id.Value, household.ProductId)).Problem()).Keys.ShouldContain("schemeId");
        var unpublished = await ApplicationsGiven.SchemeAsync(app, Village, published: false);
        (await (await household.Client.ApplyAsync(unpublished.Id.Value, household.ProductId)).Problem()).Keys.ShouldContain("schemeId");
        (await household.Client.ApplyAsync(Guid.NewGuid(), household.ProductId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await household.Client.ApplyAsync(open.Id.Value, household.ProductId, memberId: neighbour.MemberId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Staff apply on a member's behalf, naming it; the product must still be that member's.
        var admin = await app.Admin(Village);
        (await (await admin.ApplyAsync(open.Id.Value, household.ProductId)).Problem()).Keys.ShouldContain("memberId");
        (await (await admin.ApplyAsync(open.Id.Value, household.ProductId, memberId: neighbour.MemberId)).Problem()).Keys.ShouldContain("productIds[0]");
        var onBehalf = await (await admin.ApplyAsync(open.Id.Value, household.ProductId, memberId: household.MemberId)).CreatedId();
        (await (await household.Client.GetAsync($"/api/quality/applications/{onBehalf}")).Json()).GetProperty("status").GetString().ShouldBe("Draft");
        (await household.Client.ApplyAsync(open.Id.Value, household.ProductId)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_renewal_names_a_certificate_of_the_same_member_and_mark_that_is_not_revoked()
    {
        var scheme = await ApplicationsGiven.SchemeAsync(app, Village);
        var other = await ApplicationsGiven.SchemeAsync(app, Village);
        var household = await ApplicationsGiven.HouseholdAsync(app, Village);
        var own = await CertificateAsync(household, scheme, CertificateStatus.Active);
        var otherMark = await CertificateAsync(household, other, CertificateStatus.Active);
        var revoked = await CertificateAsync(household, scheme, CertificateStatus.Revoked);
        var someoneElses = await RegistryGiven.CertificateAsync(app, Village);

        (await (await household.Client.ApplyAsync(scheme.Id.Value, household.ProductId, renews: otherMark)).Problem())
            .Keys.ShouldContain("renewsCertificateId");
        (await (await household.Client.ApplyAsync(scheme.Id.Value, household.ProductId, renews: revoked)).Problem())
            .Keys.ShouldContain("renewsCertificateId");
        (await household.Client.ApplyAsync(scheme.Id.Value, household.ProductId, renews: someoneElses.CertificateId))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var renewal = await (await household.Client.ApplyAsync(scheme.Id.Value, household.ProductId, renews: own)).CreatedId();
        (await (await household.Client.GetAsync($"/api/quality/applications/{renewal}")).Json())
            .GetProperty("renewsCertificateId").GetGuid().ShouldBe(own);
        (await ApplicationsGiven.AuditAsync(app, Village, renewal)).Single().Action.ShouldBe("created-renewal");
    }

    private async Task<Guid> CertificateAsync(Household household, MarkScheme scheme, CertificateStatus status)
    {
        await using var scope = app.ScopeFor(household.Slug);
        var db = QualityMarksSite.Db(scope);
        var today = RegistryClock.Today(DateTimeOffset.UtcNow);
        var application = new MarkApplication(MarkApplicationId.New(), db.Tenant, scheme.Id, 1, new MemberId(household.MemberId), [household.ProductId],
            "", DateTimeOffset.UtcNow) { Status = ApplicationStatus.Granted };
        var certificate = new Certificate(CertificateId.New(), db.Tenant, "R-" + Guid.NewGuid().ToString("N")[..10], scheme.Id, 1,
            new MemberId(household.MemberId), [household.ProductId], application.Id, null, today.AddMonths(-23), today.AddDays(20)) { Status = status };
        db.Applications.Add(application);
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();
        return certificate.Id.Value;
    }

    private static object Visit(string outcome, int sample, params (string Key, bool Met)[] findings) => new
    {
        findings = findings.Select(f => new { criterionKey = f.Key, met = f.Met, notes = "" }).ToArray(),
        defects = Array.Empty<object>(),
        sampleSize = sample,
        outcome,
        notes = "",
    };
}

[Collection(QualityMarksCollection.Name)]
public sealed class ApplicationFlowSqliteTests(QualityMarksApp app) : ApplicationFlowTests(app);

[Collection(PostgresQualityMarksCollection.Name)]
public sealed class ApplicationFlowPostgresTests(PostgresQualityMarksApp app) : ApplicationFlowTests(app);
