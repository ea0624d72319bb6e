using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// One reminder before expiry: claimed first (the <see cref="ExpiryReminder"/> row and its audit line
/// commit, or another node had claimed it), then sent: a text in Vietnamese to the member's phone and
/// an e-mail to the association's export desk (none when it has no address). A failed delivery is
/// logged, not retried: a reminder is never sent twice.
/// </summary>
internal sealed class ExpiryReminders(QualityMarksDb db, ResolvedTenant association, IServiceProvider services, ILogger log)
{
    public async Task CertificateAsync(CertificateId id, int daysBefore, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        if (await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } c) return;
        if (c.Status != CertificateStatus.Active || c.IsExpiredAt(now)) return;
        // A renewal already granted: nothing to remind.
        if (await db.Certificates.AnyAsync(r => r.RenewalOf == id, ct)) return;
        var scheme = await db.Schemes.AsNoTracking().Where(s => s.Id == c.SchemeId).Select(s => s.Name.Vi).FirstOrDefaultAsync(ct) ?? "";
        var left = c.ExpiresOn.DayNumber - today.DayNumber;
        var date = c.ExpiresOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        // Followers (notification centre, webhooks) hear of it in the claim's SaveChanges: once per reminder.
        CertificateEvents.Raise(db, c, CertificateChange.Expiring, now);
        await SendAsync(c.Id.Value, "certificate", c.MemberId, daysBefore, now,
            sms: $"{association.NameVi}: Chứng nhận {c.Number} (nhãn “{scheme}”) của bạn hết hạn ngày {date}, còn {left} ngày. Hãy liên hệ hiệp hội để kiểm tra gia hạn.",
            subject: $"Chứng nhận {c.Number} hết hạn ngày {date} (còn {left} ngày)",
            body: member => $"Chứng nhận {c.Number} (nhãn “{scheme}”) của thành viên {member} hết hạn ngày {date}, còn {left} ngày.\n"
                + $"Số sản phẩm: {c.ProductIds.Count}.\nXem và gia hạn: /admin/quality/certificates/{c.Id}\n",
            ct);
    }

    public async Task OtherAsync(OtherCertificateId id, int daysBefore, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        if (await db.OtherCertificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is not { ExpiresOn: { } expires } c) return;
        if (c.Withdrawn || c.IsExpiredAt(now)) return;
        var left = expires.DayNumber - today.DayNumber;
        var date = expires.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await SendAsync(c.Id.Value, "other-certificate", c.MemberId, daysBefore, now,
            sms: $"{association.NameVi}: Chứng chỉ {c.Kind} số {c.Number} ({c.Issuer}) của bạn hết hạn ngày {date}, còn {left} ngày. Hãy gia hạn và gửi bản mới cho hiệp hội.",
            subject: $"Chứng chỉ {c.Kind} số {c.Number} hết hạn ngày {date} (còn {left} ngày)",
            body: member => $"Chứng chỉ {c.Kind} số {c.Number} do {c.Issuer} cấp cho thành viên {member} hết hạn ngày {date}, còn {left} ngày.\n",
            ct);
    }

    private async Task SendAsync(Guid subjectId, string kind, MemberId memberId, int daysBefore, DateTimeOffset now,
        string sms, string subject, Func<string, string> body, CancellationToken ct)
    {
        var member = await services.GetRequiredService<IMemberDirectory>().FindAsync(memberId, ct);
        var email = association.ExportDesk.Email is { Length: > 0 } e ? e : null;
        db.Reminders.Add(new ExpiryReminder(db.Tenant, subjectId, daysBefore, now));
        db.Record(now, AuditActor.System, kind, subjectId, $"reminded-{daysBefore}",
            $"Text to the member: {(member is null ? "none (member not found)" : "sent")}; e-mail to the association: {email ?? "none (no export desk address)"}");
        await db.SaveChangesAsync(ct);   // the claim: a second node's insert meets the unique index and sends nothing

        if (member is { Status: not MemberStatus.Deactivated })
        {
            try { await services.GetRequiredService<ISmsSender>().SendAsync(member.PhoneE164, sms, ct); }
            catch (Exception x) when (x is not OperationCanceledException) { log.LogError(x, "Expiry reminder text for {Subject} failed", subjectId); }
        }
        if (email is not null)
        {
            try { await services.GetRequiredService<IEmailSender>().SendAsync(email, subject, body(member?.DisplayName ?? "?"), ct); }
            catch (Exception x) when (x is not OperationCanceledException) { log.LogError(x, "Expiry reminder e-mail for {Subject} failed", subjectId); }
        }
    }
}
