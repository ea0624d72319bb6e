using System.Net;
using System.Net.Http.Json;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>Who may do what with certificates, what each reads, and the events over all of a product's certificates.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class CertificateAccessTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Only_an_inspector_or_the_admin_grants_and_only_the_admin_changes_a_certificate()
    {
        var application = await ApplicationAsync(app, Village);
        (await Grant(await app.ExportDesk(Village), application.ApplicationId)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Grant(app.Anonymous(Village), application.ApplicationId)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var household = await app.InviteHousehold(Village);
        var producer = await app.Producer(Village, household.Phone);
        (await Grant(producer, application.ApplicationId)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var id = (await Json(await Grant(await app.Inspector(Village), application.ApplicationId), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var suspend = $"/api/quality/certificates/{id}/suspend";
        (await (await app.Inspector(Village)).PostAsJsonAsync(suspend, new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ExportDesk(Village)).PostAsJsonAsync(suspend, new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.PostAsJsonAsync(suspend, new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.GetAsync($"/api/quality/certificates/{id}/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadAsync(app, Village, id)).Status.ShouldBe(CertificateStatus.Active);
    }

    [Fact]
    public async Task Another_associations_certificate_and_application_are_not_found()
    {
        var application = await ApplicationAsync(app, Village);
        var id = (await Json(await Grant(await app.Admin(Village), application.ApplicationId), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var other = await app.Admin("van-phuc");
        (await other.GetAsync($"/api/quality/certificates/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/quality/certificates/{id}/audit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/quality/certificates/{id}/revoke", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fresh = await ApplicationAsync(app, Village);
        (await Grant(other, fresh.ApplicationId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetStringAsync("/api/quality/certificates?pageSize=100");
        list.ShouldNotContain(id.ToString());
        (await ReadAsync(app, Village, id)).Status.ShouldBe(CertificateStatus.Active);
    }

    [Fact]
    public async Task The_reason_of_a_suspension_is_for_staff_and_a_producer_reads_only_its_own_certificates()
    {
        var household = await app.InviteHousehold(Village);
        var mine = await CertificateAsync(app, Village, household.Id, [Guid.NewGuid()], Today.AddDays(-10), Today.AddYears(1),
            CertificateStatus.Suspended, "Bí mật: hộ dùng men công nghiệp");
        var someoneElses = await CertificateAsync(app, Village, (await ApplicationAsync(app, Village)).MemberId, [Guid.NewGuid()], Today.AddDays(-10), Today.AddYears(1));
        var producer = await app.Producer(Village, household.Phone);

        var own = await Json(await producer.GetAsync($"/api/quality/certificates/{mine.Id}"), HttpStatusCode.OK);
        own.GetProperty("state").GetString().ShouldBe("suspended");
        own.ToString().ShouldNotContain("Bí mật");
        (await producer.GetStringAsync("/api/quality/certificates")).ShouldNotContain("Bí mật");
        (await producer.GetAsync($"/api/quality/certificates/{someoneElses.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await producer.GetStringAsync("/api/quality/certificates?pageSize=100")).ShouldNotContain(someoneElses.Id.ToString());

        var staff = await Json(await (await app.ExportDesk(Village)).GetAsync($"/api/quality/certificates/{mine.Id}"), HttpStatusCode.OK);
        staff.GetProperty("statusReason").GetString().ShouldBe("Bí mật: hộ dùng men công nghiệp");
    }

    [Fact]
    public async Task A_product_covered_by_two_certificates_keeps_its_mark_until_both_are_gone()
    {
        var product = Guid.NewGuid();
        var admin = await app.Admin(Village);
        var first = await ApplicationAsync(app, Village, productIds: [product]);
        var second = await ApplicationAsync(app, Village, productIds: [product], member: first.MemberId);
        var a = (await Json(await Grant(admin, first.ApplicationId), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var b = (await Json(await Grant(admin, second.ApplicationId), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await MarkEventsAsync(app, Village, product)).ShouldBe([true]);

        await Json(await admin.PostAsJsonAsync($"/api/quality/certificates/{a}/revoke", new { reason = "x" }), HttpStatusCode.OK);
        (await MarkEventsAsync(app, Village, product)).ShouldBe([true], "the other certificate still covers it");
        await Json(await admin.PostAsJsonAsync($"/api/quality/certificates/{b}/suspend", new { reason = "y" }), HttpStatusCode.OK);
        (await MarkEventsAsync(app, Village, product)).ShouldBe([true, false]);
        await Json(await admin.PostAsJsonAsync($"/api/quality/certificates/{b}/reinstate", new { }), HttpStatusCode.OK);
        (await MarkEventsAsync(app, Village, product)).ShouldBe([true, false, true]);
    }

    [Fact]
    public async Task The_list_filters_by_state_and_by_expiry_within_days()
    {
        var member = (await ApplicationAsync(app, Village)).MemberId;
        var soon = await CertificateAsync(app, Village, member, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(20));
        var later = await CertificateAsync(app, Village, member, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(200));
        var suspended = await CertificateAsync(app, Village, member, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(20), CertificateStatus.Suspended, "z");
        var staff = await app.ExportDesk(Village);
        var expiring = await staff.GetStringAsync($"/api/quality/certificates?expiringWithinDays=30&member={member}&pageSize=100");
        expiring.ShouldContain(soon.Id.ToString());
        expiring.ShouldNotContain(later.Id.ToString());
        expiring.ShouldNotContain(suspended.Id.ToString());
        var onlySuspended = await staff.GetStringAsync($"/api/quality/certificates?state=suspended&member={member}");
        onlySuspended.ShouldContain(suspended.Id.ToString());
        onlySuspended.ShouldNotContain(soon.Id.ToString());
        (await staff.GetAsync("/api/quality/certificates?state=bogus")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
