using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>
/// Grant, transitions, audit, events and the expiry job through the API and the job's own entry
/// point, on SQLite and PostgreSQL (numbers, concurrency tokens and date comparisons are provider-sensitive).
/// </summary>
public abstract class CertificateLifecycleTests(QualityMarksSite site)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_grant_needs_the_latest_recorded_inspection_to_have_passed()
    {
        var inspector = await site.Inspector(Village);
        var none = await ApplicationAsync(site, Village, inspections: []);
        var refused = await Json(await Grant(inspector, none.ApplicationId), HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("no_passed_inspection");

        var failedLast = await ApplicationAsync(site, Village, inspections: [InspectionOutcome.Passed, InspectionOutcome.Failed]);
        (await Json(await Grant(inspector, failedLast.ApplicationId), HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("no_passed_inspection");

        await InspectAsync(site, failedLast, InspectionOutcome.Passed);
        var granted = await Json(await Grant(inspector, failedLast.ApplicationId), HttpStatusCode.Created);
        granted.GetProperty("state").GetString().ShouldBe("valid");
        (await Json(await Grant(inspector, failedLast.ApplicationId), HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("application_already_granted");
    }

    [Fact]
    public async Task A_grant_covers_the_chosen_products_under_a_readable_number_and_decides_the_application()
    {
        var application = await ApplicationAsync(site, Village, products: 2, schemeCode: "gom-bat-trang-" + Guid.NewGuid().ToString("N")[..6], validityMonths: 12);
        var admin = await site.Admin(Village);
        var outside = await Json(await Grant(admin, application.ApplicationId, [application.ProductIds[0], Guid.NewGuid()]), HttpStatusCode.BadRequest);
        outside.GetProperty("errors").GetProperty("productIds").ToString().ShouldContain("Only products named in the application");
        (await Json(await Grant(admin, application.ApplicationId, [], Today), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("productIds", out _).ShouldBeTrue();
        (await Json(await Grant(admin, application.ApplicationId, null, Today.AddDays(1)), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("issuedOn", out _).ShouldBeTrue();

        var issued = Today.AddDays(-1);
        var certificate = await Json(await Grant(admin, application.ApplicationId, [application.ProductIds[1]], issued), HttpStatusCode.Created);
        var number = certificate.GetProperty("number").GetString()!;
        Regex.IsMatch(number, $@"^BT-GBT[A-Z0-9]-{issued.Year}-\d{{4}}$").ShouldBeTrue(number);
        certificate.GetProperty("productIds").EnumerateArray().Select(p => p.GetGuid()).ShouldBe([application.ProductIds[1]]);
        certificate.GetProperty("issuedOn").GetString().ShouldBe(issued.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        certificate.GetProperty("expiresOn").GetString().ShouldBe(issued.AddMonths(12).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        await using var scope = site.ScopeFor(Village);
        var stored = QualityMarksSite.Db(scope).Applications.Single(a => a.Id == new Contracts.MarkApplicationId(application.ApplicationId));
        stored.Status.ShouldBe(ApplicationStatus.Granted);
        (await MarkEventsAsync(site, Village, application.ProductIds[1])).ShouldContain(true);
        (await MarkEventsAsync(site, Village, application.ProductIds[0])).ShouldBeEmpty();
    }

    [Fact]
    public async Task Grants_racing_under_one_scheme_get_distinct_numbers_in_sequence()
    {
        // One word: the scheme's initials are its first three letters, "RAC".
        var first = await ApplicationAsync(site, Village, schemeCode: "race" + Guid.NewGuid().ToString("N")[..6]);
        var applications = new List<GivenApplication> { first };
        for (var i = 0; i < 3; i++) applications.Add(await ApplicationAsync(site, Village, schemeId: first.SchemeId));
        var inspector = await site.Inspector(Village);
        var responses = await Task.WhenAll(applications.Select(a => Grant(inspector, a.ApplicationId)));
        var numbers = new List<string>();
        foreach (var response in responses) numbers.Add((await Json(response, HttpStatusCode.Created)).GetProperty("number").GetString()!);
        numbers.ShouldAllBe(n => n.StartsWith($"BT-RAC-{Today.Year}-", StringComparison.Ordinal));
        var sequence = numbers.Select(n => int.Parse(n[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        sequence.ShouldBe([.. Enumerable.Range(sequence[0], 4)]);
    }

    [Fact]
    public async Task Suspend_reinstate_and_revoke_follow_the_rules_and_are_audited()
    {
        var application = await ApplicationAsync(site, Village);
        var admin = await site.Admin(Village);
        var id = (await Json(await Grant(admin, application.ApplicationId), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var url = $"/api/quality/certificates/{id}";

        (await Json(await admin.PostAsJsonAsync($"{url}/suspend", new { reason = " " }), HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _).ShouldBeTrue();
        (await Json(await admin.PostAsJsonAsync($"{url}/reinstate", new { }), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("Only a suspended certificate");
        var suspended = await Json(await admin.PostAsJsonAsync($"{url}/suspend", new { reason = "Men bị rạn ở lô kiểm tra lại" }), HttpStatusCode.OK);
        suspended.GetProperty("state").GetString().ShouldBe("suspended");
        suspended.GetProperty("validNow").GetBoolean().ShouldBeFalse();
        (await Json(await admin.PostAsJsonAsync($"{url}/suspend", new { reason = "again" }), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("already suspended");
        (await Json(await admin.PostAsJsonAsync($"{url}/reinstate", new { }), HttpStatusCode.OK)).GetProperty("state").GetString().ShouldBe("valid");
        (await Json(await admin.PostAsJsonAsync($"{url}/revoke", new { reason = "Dùng đất sét mua ngoài làng" }), HttpStatusCode.OK)).GetProperty("state").GetString().ShouldBe("revoked");
        (await Json(await admin.PostAsJsonAsync($"{url}/reinstate", new { }), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("revocation is final");
        (await Json(await admin.PostAsJsonAsync($"{url}/suspend", new { reason = "x" }), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("revocation is final");
        (await Json(await admin.PostAsJsonAsync($"{url}/revoke", new { reason = "x" }), HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("already revoked");

        var audit = await Json(await admin.GetAsync($"{url}/audit"), HttpStatusCode.OK);
        audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()).ShouldBe(["granted", "suspended", "reinstated", "revoked"]);
        audit.EnumerateArray().ElementAt(3).GetProperty("detail").GetString()!.ShouldContain("Dùng đất sét mua ngoài làng");
        (await MarkEventsAsync(site, Village, application.ProductIds[0])).ShouldBe([true, false, true, false]);
    }

    [Fact]
    public async Task The_expiry_job_records_an_expiry_once_with_its_audit_line_and_event()
    {
        var member = (await ApplicationAsync(site, Village)).MemberId;
        var product = Guid.NewGuid();
        var certificate = await CertificateAsync(site, Village, member, [product], Today.AddYears(-2), Today.AddDays(-1));
        certificate.IsValidAt(DateTimeOffset.UtcNow).ShouldBeFalse();
        var job = site.Services.GetRequiredService<CertificateExpiry>();

        await job.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        (await ReadAsync(site, Village, certificate.Id.Value)).ExpiryRecordedAt.ShouldNotBeNull();
        (await AuditAsync(site, Village, certificate.Id.Value)).Count(a => a.Action == "expired").ShouldBe(1);
        (await MarkEventsAsync(site, Village, product)).ShouldBe([false]);

        await job.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        (await AuditAsync(site, Village, certificate.Id.Value)).Count(a => a.Action == "expired").ShouldBe(1);
        (await MarkEventsAsync(site, Village, product)).ShouldBe([false]);
    }

    [Fact]
    public async Task A_renewal_starts_the_day_after_the_old_certificate_ends_and_takes_over_without_an_event()
    {
        // The old certificate is valid through today; the renewal takes over tomorrow.
        var product = Guid.NewGuid();
        var member = (await ApplicationAsync(site, Village)).MemberId;
        var old = await CertificateAsync(site, Village, member, [product], Today.AddYears(-2), Today);
        var renewal = await ApplicationAsync(site, Village, productIds: [product], member: member, renews: old.Id.Value);
        var renewed = await Json(await Grant(await site.Admin(Village), renewal.ApplicationId), HttpStatusCode.Created);
        renewed.GetProperty("renewalOf").GetGuid().ShouldBe(old.Id.Value);
        renewed.GetProperty("issuedOn").GetString().ShouldBe(Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        renewed.GetProperty("state").GetString().ShouldBe("not-yet-valid");

        // Just after midnight in Hanoi the renewal is valid: the job announces its start first, then the old one's end, and the product never loses its mark.
        var tomorrow = RegistryClock.EndOf(Today).AddMinutes(1);
        await site.Services.GetRequiredService<CertificateExpiry>().RunAsync(tomorrow, CancellationToken.None);
        (await ReadAsync(site, Village, renewed.GetProperty("id").GetGuid())).StartRecordedAt.ShouldNotBeNull();
        (await ReadAsync(site, Village, old.Id.Value)).ExpiryRecordedAt.ShouldNotBeNull();
        (await MarkEventsAsync(site, Village, product)).ShouldBeEmpty();
    }
}

[Collection(QualityMarksCollection.Name)]
public sealed class SqliteCertificateLifecycleTests(QualityMarksApp app) : CertificateLifecycleTests(app);

[Collection(PostgresQualityMarksCollection.Name)]
public sealed class PostgresCertificateLifecycleTests(PostgresQualityMarksApp app) : CertificateLifecycleTests(app);
