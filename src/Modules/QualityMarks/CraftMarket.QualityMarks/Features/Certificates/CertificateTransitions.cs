using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>A reason for a suspension or revocation (required), or for a reinstatement (optional). Kept for staff only.</summary>
internal sealed record CertificateReasonRequest(string? Reason);

/// <summary>
/// The association admin suspends (with a reason), revokes (with a reason; final) or reinstates (a
/// suspended certificate that has not expired). Buyers see only "suspended" or "revoked". Each change
/// writes its audit line and the products' events in one SaveChanges; a change racing another on the
/// same certificate finds it changed (concurrency tokens) and answers 409.
/// </summary>
internal sealed class CertificateTransitions(QualityMarksDb db, TimeProvider clock)
{
    public Task<Result<CertificateDto>> Suspend(CertificateId id, string? reason, CurrentActor actor, CancellationToken ct) =>
        Change(id, actor, "suspended", reason, reasonRequired: true, (c, now) =>
            c.Status == CertificateStatus.Revoked ? "A revoked certificate cannot be suspended: revocation is final."
            : c.Status == CertificateStatus.Suspended ? "The certificate is already suspended."
            : c.IsExpiredAt(now) ? "The certificate has expired: there is nothing to suspend."
            : null,
            c => c.Status = CertificateStatus.Suspended, ct);

    public Task<Result<CertificateDto>> Revoke(CertificateId id, string? reason, CurrentActor actor, CancellationToken ct) =>
        Change(id, actor, "revoked", reason, reasonRequired: true, (c, _) =>
            c.Status == CertificateStatus.Revoked ? "The certificate is already revoked." : null,
            c => c.Status = CertificateStatus.Revoked, ct);

    public Task<Result<CertificateDto>> Reinstate(CertificateId id, string? reason, CurrentActor actor, CancellationToken ct) =>
        Change(id, actor, "reinstated", reason, reasonRequired: false, (c, now) =>
            c.Status == CertificateStatus.Revoked ? "A revoked certificate cannot be reinstated: revocation is final."
            : c.Status == CertificateStatus.Active ? "Only a suspended certificate can be reinstated; this one is active."
            : c.IsExpiredAt(now) ? "The certificate expired while suspended: grant a renewal instead of reinstating it."
            : null,
            c => c.Status = CertificateStatus.Active, ct);

    private async Task<Result<CertificateDto>> Change(CertificateId id, CurrentActor actor, string action, string? reason, bool reasonRequired,
        Func<Certificate, DateTimeOffset, string?> refusal, Action<Certificate> apply, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (await db.Certificates.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return Error.NotFound("certificate");
        if (reasonRequired && text is null) return Error.Validation("reason", "Say why: the reason is kept for staff (buyers see only the status).");
        if (text is { Length: > Certificate.ReasonMax }) return Error.Validation("reason", $"Keep the reason under {Certificate.ReasonMax} characters.");
        var now = clock.GetUtcNow();
        if (refusal(certificate, now) is { } refused) return Error.Conflict($"certificate_not_{action}", refused);

        var was = certificate.IsAnnouncedValid;
        apply(certificate);
        certificate.StatusReason = text;
        // A certificate reinstated on or after its first day, before the job announced its start, starts now.
        if (certificate.Status == CertificateStatus.Active && certificate.StartRecordedAt is null && certificate.IsValidAt(now))
            certificate.StartRecordedAt = now;
        db.Record(now, AuditActor.Of(actor), "certificate", certificate.Id.Value, action, text is null ? certificate.Number : $"{certificate.Number}: {text}");
        await MarkAnnouncements.AnnounceAsync(db, clock, certificate, was, ct);
        CertificateEvents.Raise(db, clock, certificate, action switch
        {
            "suspended" => CertificateChange.Suspended,
            "revoked" => CertificateChange.Revoked,
            _ => CertificateChange.Reinstated,
        }, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("certificate_changed", "The certificate was changed at the same moment by someone else: reload it and try again.");
        }
        return CertificateDto.From(certificate, now, forStaff: true);
    }
}
