using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>An application ready for the grant (or not), written straight to the database as the applications part would.</summary>
public sealed record GivenApplication(Guid ApplicationId, Guid SchemeId, string SchemeCode, Guid MemberId, IReadOnlyList<Guid> ProductIds, string Slug);

/// <summary>
/// Records the certificate tests start from: a scheme, a submitted application for a maker's published
/// products, inspections with the outcomes asked for; certificates on products no other test uses;
/// the events the registry raised. Each call makes new rows.
/// </summary>
internal static class CertificatesGiven
{
    /// <param name="productIds">The application's products; by default new ids no other test uses (events are per product), or published products with <paramref name="published"/>.</param>
    public static async Task<GivenApplication> ApplicationAsync(QualityMarksSite site, string slug, int products = 1,
        InspectionOutcome[]? inspections = null, string? schemeCode = null, int validityMonths = 24, Guid? renews = null,
        IReadOnlyList<Guid>? productIds = null, Guid? member = null, Guid? schemeId = null, bool published = false)
    {
        await using var scope = site.ScopeFor(slug);
        var db = QualityMarksSite.Db(scope);
        var makers = new List<PublishedProduct>();
        await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(CancellationToken.None))
            if (p.Makers.Count > 0) makers.Add(p);
        var maker = makers.GroupBy(p => p.Makers[0]).Where(g => g.Count() >= products).OrderBy(_ => Random.Shared.Next()).First();
        var chosenMember = member is { } m ? new MemberId(m) : maker.Key;
        var chosen = productIds?.ToList()
            ?? (published ? [.. maker.OrderBy(_ => Random.Shared.Next()).Take(products).Select(p => p.Id.Value)]
                : [.. Enumerable.Range(0, products).Select(_ => Guid.NewGuid())]);
        var now = DateTimeOffset.UtcNow;
        var unique = Guid.NewGuid().ToString("N")[..8];
        var code = schemeCode ?? "mark-" + unique;
        var scheme = schemeId is { } existing ? await db.Schemes.SingleAsync(s => s.Id == new MarkSchemeId(existing))
            : new MarkScheme(MarkSchemeId.New(), db.Tenant, code, new Translations("Nhãn thử " + unique, "Test mark " + unique),
                new Translations("Mô tả"), [], validityMonths, now) { CurrentVersion = 1 };
        if (schemeId is null)
        {
            db.Schemes.Add(scheme);
            db.SchemeVersions.Add(new MarkSchemeVersion(db.Tenant, scheme.Id, 1,
                [new Criterion("origin", new Translations("Nguyên liệu tại làng"), CriterionKind.RawMaterialOrigin, new Translations("Hóa đơn"))], now, "test"));
        }
        var application = new MarkApplication(MarkApplicationId.New(), db.Tenant, scheme.Id, 1, chosenMember, chosen, "", now.AddDays(-3),
            renews is { } r ? new CertificateId(r) : null) { Status = ApplicationStatus.Inspecting, SubmittedAt = now.AddDays(-3) };
        db.Applications.Add(application);
        var at = now.AddDays(-2);
        foreach (var outcome in inspections ?? [InspectionOutcome.Passed])
        {
            db.Inspections.Add(new Inspection(InspectionId.New(), db.Tenant, application.Id, at, "inspector", at)
            {
                PerformedAt = at, Outcome = outcome, SampleSize = 20, Findings = [new CriterionFinding("origin", outcome == InspectionOutcome.Passed, "", [])],
            });
            at = at.AddHours(1);
        }
        await db.SaveChangesAsync();
        return new GivenApplication(application.Id.Value, scheme.Id.Value, scheme.Code, chosenMember.Value, chosen, slug);
    }

    /// <summary>Adds an inspection recorded now (so it is the latest).</summary>
    public static async Task InspectAsync(QualityMarksSite site, GivenApplication application, InspectionOutcome outcome)
    {
        await using var scope = site.ScopeFor(application.Slug);
        var db = QualityMarksSite.Db(scope);
        var now = DateTimeOffset.UtcNow;
        db.Inspections.Add(new Inspection(InspectionId.New(), db.Tenant, new MarkApplicationId(application.ApplicationId), now, "inspector", now)
        { PerformedAt = now, Outcome = outcome, SampleSize = 10 });
        await db.SaveChangesAsync();
    }

    /// <summary>A certificate written directly, announced as valid (its start recorded), on products of the test's choosing.</summary>
    public static async Task<Certificate> CertificateAsync(QualityMarksSite site, string slug, Guid member, IReadOnlyList<Guid> products,
        DateOnly issuedOn, DateOnly expiresOn, CertificateStatus status = CertificateStatus.Active, string? reason = null, bool announced = true)
    {
        var given = await ApplicationAsync(site, slug, productIds: products, member: member);
        await using var scope = site.ScopeFor(slug);
        var db = QualityMarksSite.Db(scope);
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var certificate = new Certificate(CertificateId.New(), db.Tenant, "T-" + unique, new MarkSchemeId(given.SchemeId), 1, new MemberId(member),
            products, new MarkApplicationId(given.ApplicationId), null, issuedOn, expiresOn)
        { Status = status, StatusReason = reason, StartRecordedAt = announced ? DateTimeOffset.UtcNow.AddDays(-1) : null };
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync();
        return certificate;
    }

    public static async Task<Certificate> ReadAsync(QualityMarksSite site, string slug, Guid id)
    {
        await using var scope = site.ScopeFor(slug);
        return await QualityMarksSite.Db(scope).Certificates.AsNoTracking().SingleAsync(c => c.Id == new CertificateId(id));
    }

    public static async Task<IReadOnlyList<RegistryAuditEntry>> AuditAsync(QualityMarksSite site, string slug, Guid subject)
    {
        await using var scope = site.ScopeFor(slug);
        var rows = await QualityMarksSite.Db(scope).Audit.AsNoTracking().Where(a => a.SubjectId == subject).ToListAsync();
        return [.. rows.OrderBy(a => a.At).ThenBy(a => a.Id)];
    }

    /// <summary>Every ProductQualityMarkChanged the registry wrote for <paramref name="product"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<bool>> MarkEventsAsync(QualityMarksSite site, string slug, Guid product)
    {
        await using var scope = site.ScopeFor(slug);
        var rows = await QualityMarksSite.Db(scope).Outbox.AsNoTracking()
            .Where(m => m.Name == "quality-marks.product-mark-changed").Select(m => new { m.Id, m.Payload }).ToListAsync();
        var found = new List<(Guid Id, bool Granted)>();
        foreach (var row in rows)
        {
            var json = JsonDocument.Parse(row.Payload).RootElement;
            if (Property(json, "productId") is { } id && id.ToString().Contains(product.ToString(), StringComparison.OrdinalIgnoreCase))
                found.Add((row.Id, Property(json, "granted")!.Value.GetBoolean()));
        }
        return [.. found.OrderBy(f => f.Id).Select(f => f.Granted)];
    }

    private static JsonElement? Property(JsonElement json, string name) =>
        json.EnumerateObject().Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> Grant(HttpClient client, Guid application, IReadOnlyList<Guid>? products = null, DateOnly? issuedOn = null) =>
        client.PostAsJsonAsync("/api/quality/certificates", new { applicationId = application, productIds = products, issuedOn });

    public static DateOnly Today => RegistryClock.Today(DateTimeOffset.UtcNow);
}
