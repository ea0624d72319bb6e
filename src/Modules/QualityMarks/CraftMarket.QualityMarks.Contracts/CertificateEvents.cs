using System.Text.Json.Serialization;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Contracts;

[JsonConverter(typeof(JsonStringEnumConverter<CertificateChange>))]
public enum CertificateChange
{
    Granted,
    Suspended,
    Reinstated,
    Revoked,
    /// <summary>Its validity ended (the daily expiry job).</summary>
    Expired,
    /// <summary>It ends soon (the reminder job's notice period): a warning, its state is unchanged.</summary>
    Expiring,
}

/// <summary>
/// A member's certificate to carry the association's mark changed. Insight counts certified members
/// from it (<see cref="Valid"/> is whether this certificate still lets the member carry the mark after
/// the change); notifications and integrators' webhooks follow it. Raised in the same SaveChanges as the change.
/// </summary>
[EventName("quality-marks.certificate-changed", Version = 1)]
public sealed record CertificateChanged(
    Guid EventId, TenantId TenantId, CertificateId CertificateId, MemberId MemberId, string CertificateNumber,
    CertificateChange Change, bool Valid, int ProductCount, DateOnly ValidUntil, DateTimeOffset At) : ITenantEvent;

/// <summary>A batch of printed labels was revoked: every code in it now verifies as revoked.</summary>
[EventName("quality-marks.label-batch-revoked", Version = 1)]
public sealed record LabelBatchRevoked(
    Guid EventId, TenantId TenantId, LabelBatchId BatchId, CertificateId CertificateId, int LabelCount, string Reason, DateTimeOffset At) : ITenantEvent;
