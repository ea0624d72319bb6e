using CraftMarket.SharedKernel.Auditing;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>Buyers see these words; the reason behind a suspension or revocation stays with staff.</summary>
internal enum CertificateStatus { Active, Suspended, Revoked }

/// <summary>
/// The association's grant of its mark to a member for some products, under one scheme version,
/// from <see cref="IssuedOn"/> through <see cref="ExpiresOn"/> (Vietnam's calendar day, see
/// <see cref="RegistryClock"/>). Validity is computed at read time (<see cref="IsValidAt"/>), so the
/// mark disappears at expiry even before the expiry job records it (<see cref="ExpiryRecordedAt"/>,
/// which raises the events and drops the kept pages). Shown on the storefront.
/// </summary>
[Audited("quality-marks", Subject = "Number")]
internal sealed class Certificate : IShownOnStorefront
{
    public const int NumberMax = 40;
    public const int ReasonMax = 1000;

    private Certificate() { }

    public Certificate(CertificateId id, TenantId tenantId, string number, MarkSchemeId schemeId, int schemeVersion, MemberId memberId,
        IReadOnlyList<Guid> productIds, MarkApplicationId applicationId, InspectionId? inspectionId, DateOnly issuedOn, DateOnly expiresOn)
    {
        Id = id;
        TenantId = tenantId;
        Number = number;
        SchemeId = schemeId;
        SchemeVersion = schemeVersion;
        MemberId = memberId;
        ProductIds = [.. productIds];
        ApplicationId = applicationId;
        InspectionId = inspectionId;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
    }

    public CertificateId Id { get; private set; }
    public TenantId TenantId { get; private set; }

    /// <summary>Printed on the certificate and the public registry, unique in the association, e.g. "BT-GBT-2026-0007".</summary>
    public string Number { get; private set; } = "";
    public MarkSchemeId SchemeId { get; private set; }
    public int SchemeVersion { get; private set; }
    public MemberId MemberId { get; private set; }

    /// <summary>The scope: products (catalogue ids) the mark covers.</summary>
    public List<Guid> ProductIds { get; set; } = [];
    public MarkApplicationId ApplicationId { get; private set; }
    public InspectionId? InspectionId { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public DateOnly ExpiresOn { get; set; }
    public CertificateStatus Status { get; set; } = CertificateStatus.Active;

    /// <summary>Why it was suspended or revoked: staff only, never shown to buyers.</summary>
    public string? StatusReason { get; set; }

    /// <summary>The certificate this one renewed, if any; the old one stays in the registry as expired.</summary>
    public CertificateId? RenewalOf { get; set; }

    /// <summary>When the expiry job announced the expiry (events out, pages dropped); null before.</summary>
    public DateTimeOffset? ExpiryRecordedAt { get; set; }

    /// <summary>
    /// When the certificate's start was announced (events out): at the grant when it starts that day,
    /// else by the expiry job on its first day (a renewal starts the day after the old one ends).
    /// </summary>
    public DateTimeOffset? StartRecordedAt { get; set; }

    /// <summary>
    /// Whether the events announced so far say this certificate marks its products: active, its start
    /// announced and its expiry not yet. The "genuine mark" events follow this, so each change is announced once.
    /// </summary>
    public bool IsAnnouncedValid => Status == CertificateStatus.Active && StartRecordedAt is not null && ExpiryRecordedAt is null;

    /// <summary>What buyers read: "revoked", "suspended", "expired", "not-yet-valid" or "valid" (never the reason).</summary>
    public string PublicStatusAt(DateTimeOffset now) =>
        Status == CertificateStatus.Revoked ? "revoked"
        : Status == CertificateStatus.Suspended ? "suspended"
        : IsExpiredAt(now) ? "expired"
        : now < RegistryClock.StartOf(IssuedOn) ? "not-yet-valid"
        : "valid";

    public bool IsExpiredAt(DateTimeOffset now) => now >= RegistryClock.EndOf(ExpiresOn);

    public bool IsValidAt(DateTimeOffset now) => Status == CertificateStatus.Active && now >= RegistryClock.StartOf(IssuedOn) && !IsExpiredAt(now);
}

/// <summary>
/// Certificates are dated in Vietnam's calendar (where the association signs them): a certificate
/// "valid until 31/12/2026" ends at midnight Hanoi time, for every reader everywhere.
/// </summary>
internal static class RegistryClock
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(VietnamOffset).DateTime);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), VietnamOffset);

    /// <summary>The first instant after the day, i.e. midnight at its end.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
