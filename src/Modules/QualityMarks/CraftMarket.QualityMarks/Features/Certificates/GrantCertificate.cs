using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// Grants the mark on an application: <paramref name="ProductIds"/> a subset of the application's
/// (null: all of them), <paramref name="IssuedOn"/> in Vietnam's calendar (null: today).
/// </summary>
internal sealed record GrantCertificateRequest(Guid ApplicationId, IReadOnlyList<Guid>? ProductIds = null, DateOnly? IssuedOn = null);

/// <summary>
/// An inspector or the association admin grants a certificate on a submitted application whose latest
/// recorded inspection passed. The certificate, the application's decision, the audit lines and the
/// "genuine mark" events commit together. A renewal starts the day after the certificate it renews
/// ends while that one is still valid, so the mark has neither a gap nor an overlap.
/// </summary>
internal sealed class GrantCertificateHandler(QualityMarksDb db, ITenantContext tenant, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<Result<CertificateDto>> Handle(GrantCertificateRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (tenant.TenantId is null) return Error.NotFound("association");
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var prepared = await PrepareAsync(request, actor, now, ct);
            if (prepared.IsFailure) return prepared.Error!;
            try
            {
                await db.SaveChangesAsync(ct);
                return CertificateDto.From(prepared.Value!, now, forStaff: true);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Either another grant of this application won (one certificate per application), or
                // another grant took the same number: the unique indexes decide; look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Result<Certificate>> PrepareAsync(GrantCertificateRequest request, CurrentActor actor, DateTimeOffset now, CancellationToken ct)
    {
        var applicationId = new MarkApplicationId(request.ApplicationId);
        if (await db.Applications.FirstOrDefaultAsync(a => a.Id == applicationId, ct) is not { } application) return Error.NotFound("application");
        if (await db.Certificates.AnyAsync(c => c.ApplicationId == applicationId, ct))
            return Error.Conflict("application_already_granted", "A certificate has already been granted on this application.");
        if (application.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Inspecting))
            return Error.Conflict("application_not_grantable",
                $"The application is {application.Status.ToString().ToLowerInvariant()}: only a submitted application or one under inspection can be granted.");

        var inspections = await db.Inspections.AsNoTracking()
            .Where(i => i.ApplicationId == applicationId && i.Outcome != InspectionOutcome.Pending).ToListAsync(ct);
        var latest = inspections.OrderByDescending(i => i.PerformedAt ?? i.CreatedAt).ThenByDescending(i => i.Id.Value).FirstOrDefault();
        if (latest is null)
            return Error.Conflict("no_passed_inspection", "No inspection of this application has been recorded: a certificate needs a passed inspection.");
        if (latest.Outcome != InspectionOutcome.Passed)
            return Error.Conflict("no_passed_inspection", "The latest inspection of this application failed: a certificate needs a passed inspection.");

        var errors = new Dictionary<string, string[]>();
        var products = request.ProductIds is null ? application.ProductIds.Distinct().ToList() : request.ProductIds.Distinct().ToList();
        if (products.Count == 0) errors["productIds"] = ["Choose at least one product of the application."];
        else if (products.Any(p => !application.ProductIds.Contains(p))) errors["productIds"] = ["Only products named in the application can be certified."];

        if (await db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.Id == application.SchemeId, ct) is not { } scheme) return Error.NotFound("scheme");
        if (scheme.ValidityMonths < 1)
            return Error.Conflict("scheme_without_validity", "The mark scheme has no validity period: set one before granting.");

        var today = RegistryClock.Today(now);
        var inspectedOn = RegistryClock.Today(latest.PerformedAt ?? latest.CreatedAt);
        var issuedOn = request.IssuedOn ?? today;
        Certificate? renewed = application.Renews is { } old
            ? await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == old, ct) : null;
        if (renewed is not null && renewed.IsValidAt(now))
            issuedOn = renewed.ExpiresOn.AddDays(1);   // no gap, no overlap: the renewal takes over at the old one's end
        else if (issuedOn > today) errors["issuedOn"] = ["A certificate cannot be issued on a future day."];
        else if (issuedOn < inspectedOn)
            errors["issuedOn"] = [string.Create(CultureInfo.InvariantCulture, $"A certificate cannot be issued before the inspection that passed it ({inspectedOn:dd/MM/yyyy}).")];
        if (errors.Count > 0) return Error.Validation(errors);

        var expiresOn = issuedOn.AddMonths(scheme.ValidityMonths).AddDays(-1);
        var number = await CertificateNumbers.NextAsync(db, CertificateNumbers.Prefix(tenant.Slug ?? "", scheme.Code, issuedOn.Year), ct);
        var certificate = new Certificate(CertificateId.New(), db.Tenant, number, scheme.Id, application.SchemeVersion, application.MemberId,
            products, application.Id, latest.Id, issuedOn, expiresOn) { RenewalOf = renewed?.Id };
        if (certificate.IsValidAt(now)) certificate.StartRecordedAt = now;
        db.Certificates.Add(certificate);
        application.Status = ApplicationStatus.Granted;
        application.DecidedAt = now;

        var who = AuditActor.Of(actor);
        var renewal = renewed is null ? "" : $", renewing {renewed.Number}";
        db.Record(now, who, "certificate", certificate.Id.Value, "granted", string.Create(CultureInfo.InvariantCulture,
            $"{number}: {products.Count} product(s), valid {issuedOn:yyyy-MM-dd} to {expiresOn:yyyy-MM-dd}, scheme version {application.SchemeVersion}{renewal}"));
        db.Record(now, who, "application", application.Id.Value, "granted", number);
        await MarkAnnouncements.AnnounceAsync(db, clock, certificate, wasAnnounced: false, ct);
        CertificateEvents.Raise(db, clock, certificate, CertificateChange.Granted, now);
        return certificate;
    }
}
