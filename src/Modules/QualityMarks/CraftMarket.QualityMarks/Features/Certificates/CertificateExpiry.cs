using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// What the registry does as time passes, for every association: announces certificates starting
/// (a renewal's first day) and expiring (ExpiryRecordedAt, audit "expired", the products' events; the
/// row change drops the village's kept pages), and reminds 60, 30 and 7 days before a certificate or
/// an other certificate expires: a text in Vietnamese to the member, an e-mail to the association's
/// export desk. Each announcement and reminder happens once, whichever node runs this: the
/// certificate's concurrency tokens and the reminders' unique index let one node win.
/// Badges never wait for this: validity is computed when a page is rendered.
/// </summary>
internal sealed class CertificateExpiry(IServiceScopeFactory scopes, ITenantDirectory tenants, TimeProvider clock, ILogger<CertificateExpiry> log)
{
    public async Task RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = now.ToUniversalTime();   // PostgreSQL keeps instants in UTC only
        var today = RegistryClock.Today(now);
        IReadOnlyList<ExpiryWork> work;
        await using (var scan = scopes.CreateAsyncScope())
            work = await ExpiryScanCrossTenant.ScanAsync(scan.ServiceProvider.GetRequiredService<QualityMarksDb>(), today, ct);

        foreach (var village in work.GroupBy(w => w.TenantId))
        {
            if (tenants.FindById(village.Key) is not { } association) continue;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(association.Id, association.Slug);
            scope.ServiceProvider.GetRequiredService<ICurrentActor>().ActAsBackground("quality-marks expiry");
            var db = scope.ServiceProvider.GetRequiredService<QualityMarksDb>();
            var reminders = new ExpiryReminders(db, association, scope.ServiceProvider, log);
            foreach (var item in village)
            {
                try
                {
                    switch (item.Kind)
                    {
                        case ExpiryWorkKind.Start: await AnnounceAsync(db, new CertificateId(item.SubjectId), now, start: true, ct); break;
                        case ExpiryWorkKind.Expire: await AnnounceAsync(db, new CertificateId(item.SubjectId), now, start: false, ct); break;
                        case ExpiryWorkKind.RemindCertificate: await reminders.CertificateAsync(new CertificateId(item.SubjectId), item.DaysBefore, now, today, ct); break;
                        case ExpiryWorkKind.RemindOther: await reminders.OtherAsync(new OtherCertificateId(item.SubjectId), item.DaysBefore, now, today, ct); break;
                    }
                }
                catch (DbUpdateException e)
                {
                    // Another node announced or reminded it first (a concurrency token or the unique index said so).
                    log.LogInformation(e, "Skipped {Kind} of {Subject}: the row changed meanwhile", item.Kind, item.SubjectId);
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    private async Task AnnounceAsync(QualityMarksDb db, CertificateId id, DateTimeOffset now, bool start, CancellationToken ct)
    {
        if (await db.Certificates.FirstOrDefaultAsync(c => c.Id == id, ct) is not { } certificate) return;
        var was = certificate.IsAnnouncedValid;
        if (start)
        {
            if (certificate.StartRecordedAt is not null || !certificate.IsValidAt(now)) return;
            certificate.StartRecordedAt = now;
            db.Record(now, AuditActor.System, "certificate", certificate.Id.Value, "started",
                string.Create(CultureInfo.InvariantCulture, $"{certificate.Number} valid from {certificate.IssuedOn:yyyy-MM-dd}"));
        }
        else
        {
            if (certificate.ExpiryRecordedAt is not null || certificate.Status == CertificateStatus.Revoked || !certificate.IsExpiredAt(now)) return;
            certificate.ExpiryRecordedAt = now;
            db.Record(now, AuditActor.System, "certificate", certificate.Id.Value, "expired",
                string.Create(CultureInfo.InvariantCulture, $"{certificate.Number} expired at the end of {certificate.ExpiresOn:yyyy-MM-dd} (Vietnam time)"));
        }
        await MarkAnnouncements.AnnounceAsync(db, clock, certificate, was, ct);
        if (!start) CertificateEvents.Raise(db, clock, certificate, CertificateChange.Expired, now);
        await db.SaveChangesAsync(ct);
        if (!start) log.LogInformation("Certificate {Number} of {Tenant} expired", certificate.Number, certificate.TenantId);
    }
}
