using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// A certificate from another body a member holds (ISO 9001, fair trade, OEKO-TEX, HACCP...):
/// importers ask for them before ordering. Recorded by the association, with the document, and
/// reminded before expiry like the mark. Shown to buyers on member and product pages.
/// </summary>
internal sealed class OtherCertificate : IShownOnStorefront
{
    public const int TextMax = 200;

    private OtherCertificate() { }

    public OtherCertificate(OtherCertificateId id, TenantId tenantId, MemberId memberId, string kind, string issuer, string number,
        DateOnly? issuedOn, DateOnly? expiresOn, DateTimeOffset createdAt)
    {
        Id = id;
        TenantId = tenantId;
        MemberId = memberId;
        Kind = kind;
        Issuer = issuer;
        Number = number;
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        CreatedAt = createdAt;
    }

    public OtherCertificateId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public MemberId MemberId { get; private set; }

    /// <summary>What it certifies, e.g. "ISO 9001:2015", "Fairtrade", "OEKO-TEX Standard 100", "HACCP".</summary>
    public string Kind { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string Number { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The certificate document (a Media private file, PDF or photo), shown to staff only.</summary>
    public Guid? DocumentFileId { get; set; }

    /// <summary>Withdrawn by the association (e.g. recorded by mistake); kept for the audit, hidden from buyers.</summary>
    public bool Withdrawn { get; set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsExpiredAt(DateTimeOffset now) => ExpiresOn is { } day && now >= RegistryClock.EndOf(day);
}
