using CraftMarket.Members.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.QualityMarks.Tests.Support;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.QualityMarks.Tests.Certificates.CertificatesGiven;

namespace CraftMarket.QualityMarks.Tests.Certificates;

/// <summary>Reminders 60, 30 and 7 days before a certificate or an other certificate expires: a text to the member, an e-mail to the association, once each.</summary>
[Collection(QualityMarksCollection.Name)]
public sealed class ExpiryReminderTests(QualityMarksApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Each_reminder_goes_once_to_the_member_by_text_and_to_the_association_by_email()
    {
        var household = await app.InviteHousehold(Village);
        await app.Texts.WaitForCount(household.Phone, 1);   // the invitation
        var in60 = await CertificateAsync(app, Village, household.Id, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(60));
        var in30 = await CertificateAsync(app, Village, household.Id, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(25));
        var in7 = await CertificateAsync(app, Village, household.Id, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(7));
        var notYet = await CertificateAsync(app, Village, household.Id, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(61));
        var suspended = await CertificateAsync(app, Village, household.Id, [Guid.NewGuid()], Today.AddYears(-1), Today.AddDays(7), CertificateStatus.Suspended, "s");
        var iso = await OtherAsync(household.Id, "ISO 9001:2015", Today.AddDays(30));

        var job = app.Services.GetRequiredService<CertificateExpiry>();
        await job.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        await job.RunAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        // The site's own job may have claimed a reminder first and be sending it still.
        await app.Texts.WaitForCount(household.Phone, 5);

        var texts = app.Texts.To(household.Phone).Skip(1).ToList();
        texts.Count(t => t.Contains(in60.Number, StringComparison.Ordinal)).ShouldBe(1);
        texts.Single(t => t.Contains(in60.Number, StringComparison.Ordinal)).ShouldContain("còn 60 ngày");
        texts.Count(t => t.Contains(in30.Number, StringComparison.Ordinal)).ShouldBe(1);
        texts.Single(t => t.Contains(in7.Number, StringComparison.Ordinal)).ShouldContain("hết hạn ngày " + Today.AddDays(7).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        texts.ShouldNotContain(t => t.Contains(notYet.Number, StringComparison.Ordinal));
        texts.ShouldNotContain(t => t.Contains(suspended.Number, StringComparison.Ordinal));
        texts.Count(t => t.Contains("ISO 9001:2015", StringComparison.Ordinal)).ShouldBe(1);
        texts.Count.ShouldBe(4);

        await using (var scope = app.ScopeFor(Village))
        {
            var reminders = await QualityMarksSite.Db(scope).Reminders.AsNoTracking()
                .Where(r => r.SubjectId == in60.Id.Value || r.SubjectId == in30.Id.Value || r.SubjectId == in7.Id.Value || r.SubjectId == iso).ToListAsync();
            reminders.Select(r => (r.SubjectId, r.DaysBefore)).OrderBy(r => r.DaysBefore).ThenBy(r => r.SubjectId)
                .ShouldBe(new[] { (in7.Id.Value, 7), (in30.Id.Value, 30), (iso, 30), (in60.Id.Value, 60) }.OrderBy(r => r.Item2).ThenBy(r => r.Item1));
        }
        (await AuditAsync(app, Village, in30.Id.Value)).Count(a => a.Action == "reminded-30").ShouldBe(1);

        var desk = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!.ExportDesk.Email;
        desk.ShouldNotBeNull("the demo association has an export desk address");
        bool AboutIn7(DevMail.Sent m) => m.Subject?.Contains(in7.Number, StringComparison.Ordinal) == true;
        await DevMail.WaitForAsync(app, desk, AboutIn7);
        var mails = await DevMail.AllAsync(app, desk, AboutIn7);
        mails.Count.ShouldBe(1);
        mails[0].Subject!.ShouldContain("còn 7 ngày");
        (await DevMail.AllAsync(app, desk, m => m.Subject?.Contains("ISO 9001:2015", StringComparison.Ordinal) == true && m.Body.Contains("Hộ gốm Thử Nghiệm", StringComparison.Ordinal))).Count.ShouldBe(1);
    }

    private async Task<Guid> OtherAsync(Guid member, string kind, DateOnly expiresOn)
    {
        await using var scope = app.ScopeFor(Village);
        var db = QualityMarksSite.Db(scope);
        var other = new OtherCertificate(OtherCertificateId.New(), db.Tenant, new MemberId(member), kind, "Bureau Veritas",
            "BV-" + Guid.NewGuid().ToString("N")[..6], Today.AddYears(-2), expiresOn, DateTimeOffset.UtcNow);
        db.OtherCertificates.Add(other);
        await db.SaveChangesAsync();
        return other.Id.Value;
    }
}
