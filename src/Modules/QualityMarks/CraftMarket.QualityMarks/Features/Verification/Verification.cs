using CraftMarket.Catalogue.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Pictures;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>The answers a verification can give, as the API spells them. Precedence when several apply: the order below (ADR 0042).</summary>
internal static class VerifyStatus
{
    public const string NotGenuine = "not-genuine";
    public const string Revoked = "revoked";
    public const string CertificateExpired = "certificate-expired";
    public const string CertificateSuspended = "certificate-suspended";
    public const string CertificateRevoked = "certificate-revoked";
    public const string Suspicious = "suspicious";
    public const string Genuine = "genuine";

    public static readonly IReadOnlyList<string> All = [NotGenuine, Revoked, CertificateExpired, CertificateSuspended, CertificateRevoked, Suspicious, Genuine];
}

/// <summary>What one verification found. <see cref="Item"/> is null exactly when the status is <see cref="VerifyStatus.NotGenuine"/>.</summary>
internal sealed record Verification(string Status, VerifiedItem? Item)
{
    public static readonly Verification NotGenuine = new(VerifyStatus.NotGenuine, null);
}

/// <summary>
/// The item behind a code that the issuing association signed, in the reader's language. Carries
/// no tenant, member or batch ids out of this module: the village as the directory shows it, the
/// maker's name only when the member is publicly listed, the certificate's state but never its reason.
/// </summary>
internal sealed record VerifiedItem(
    ResolvedTenant Village,
    bool IssuedHere,
    Localized? ProductName,
    PictureView? Photo,
    string? MakerName,
    Localized MarkName,
    MarkSchemeId Scheme,
    bool MarkHasImage,
    string CertificateNumber,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    string CertificateStatus,
    DateOnly IssuedOn,
    DateOnly? FirstSeen);
