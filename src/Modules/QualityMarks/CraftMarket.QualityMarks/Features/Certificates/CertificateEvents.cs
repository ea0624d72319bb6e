using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// Raises <see cref="CertificateChanged"/> into the module's outbox, so it commits in the caller's
/// SaveChanges with the change itself (grant, suspension, reinstatement, revocation, expiry, reminder).
/// <c>Valid</c> is whether the certificate lets the member carry the mark at that moment, after the change.
/// </summary>
internal static class CertificateEvents
{
    public static void Raise(QualityMarksDb db, TimeProvider clock, Certificate certificate, CertificateChange change, DateTimeOffset now) =>
        db.Outbox.Add(Event(certificate, change, now), clock);

    /// <summary>For jobs that carry their own instant (the expiry reminders): the message is dated <paramref name="now"/>.</summary>
    public static void Raise(QualityMarksDb db, Certificate certificate, CertificateChange change, DateTimeOffset now) =>
        db.Outbox.Add(OutboxMessage.From(Event(certificate, change, now), now));

    private static CertificateChanged Event(Certificate c, CertificateChange change, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), c.TenantId, c.Id, c.MemberId, c.Number, change, c.IsValidAt(now), c.ProductIds.Distinct().Count(), c.ExpiresOn, now);
}
