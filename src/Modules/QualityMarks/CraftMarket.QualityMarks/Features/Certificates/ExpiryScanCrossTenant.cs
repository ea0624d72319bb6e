using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>Registry rows that need the job's attention, with the association each belongs to.</summary>
internal sealed record ExpiryWork(TenantId TenantId, Guid SubjectId, ExpiryWorkKind Kind, int DaysBefore = 0);

internal enum ExpiryWorkKind { Start, Expire, RemindCertificate, RemindOther }

/// <summary>
/// The expiry job's one read across associations (through the <see cref="CrossTenantGateway"/>): ids
/// and tenants only. Every write then happens in a scope of the row's own association.
/// </summary>
internal static class ExpiryScanCrossTenant
{
    private static readonly CrossTenantReason Why = new("quality marks: certificates starting, expiring and due a reminder, in every association");

    /// <summary>The reminders, days before expiry, from the earliest; a certificate gets the one whose window it is in.</summary>
    public static readonly IReadOnlyList<int> ReminderDays = [60, 30, 7];

    public static int? ReminderFor(DateOnly expiresOn, DateOnly today)
    {
        var left = expiresOn.DayNumber - today.DayNumber;
        if (left < 0) return null;
        return left <= 7 ? 7 : left <= 30 ? 30 : left <= 60 ? 60 : null;
    }

    public static async Task<IReadOnlyList<ExpiryWork>> ScanAsync(QualityMarksDb db, DateOnly today, CancellationToken ct)
    {
        var certificates = db.AcrossAllTenants<Certificate>(Why);
        var horizon = today.AddDays(ReminderDays[0]);
        // Starts before expiries: a renewal taking over announces nothing, and neither does the old one's end.
        var starting = await certificates
            .Where(c => c.StartRecordedAt == null && c.Status == CertificateStatus.Active && c.IssuedOn <= today && c.ExpiresOn >= today)
            .Select(c => new { c.TenantId, c.Id }).ToListAsync(ct);
        var expiring = await certificates
            .Where(c => c.ExpiryRecordedAt == null && c.Status != CertificateStatus.Revoked && c.ExpiresOn < today)
            .Select(c => new { c.TenantId, c.Id }).ToListAsync(ct);
        var due = await certificates
            .Where(c => c.Status == CertificateStatus.Active && c.ExpiresOn >= today && c.ExpiresOn <= horizon)
            .Select(c => new { c.TenantId, c.Id, c.ExpiresOn }).ToListAsync(ct);
        var others = await db.AcrossAllTenants<OtherCertificate>(Why)
            .Where(c => !c.Withdrawn && c.ExpiresOn != null && c.ExpiresOn >= today && c.ExpiresOn <= horizon)
            .Select(c => new { c.TenantId, c.Id, c.ExpiresOn }).ToListAsync(ct);
        var dueIds = due.Select(d => d.Id.Value).Concat(others.Select(o => o.Id.Value)).ToList();
        var sent = (await db.AcrossAllTenants<ExpiryReminder>(Why).Where(r => dueIds.Contains(r.SubjectId))
            .Select(r => new { r.SubjectId, r.DaysBefore }).ToListAsync(ct)).Select(r => (r.SubjectId, r.DaysBefore)).ToHashSet();

        var work = new List<ExpiryWork>();
        work.AddRange(starting.Select(c => new ExpiryWork(c.TenantId, c.Id.Value, ExpiryWorkKind.Start)));
        work.AddRange(expiring.Select(c => new ExpiryWork(c.TenantId, c.Id.Value, ExpiryWorkKind.Expire)));
        foreach (var c in due)
            if (ReminderFor(c.ExpiresOn, today) is { } days && !sent.Contains((c.Id.Value, days)))
                work.Add(new ExpiryWork(c.TenantId, c.Id.Value, ExpiryWorkKind.RemindCertificate, days));
        foreach (var c in others)
            if (ReminderFor(c.ExpiresOn!.Value, today) is { } days && !sent.Contains((c.Id.Value, days)))
                work.Add(new ExpiryWork(c.TenantId, c.Id.Value, ExpiryWorkKind.RemindOther, days));
        return work;
    }
}
