using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>
/// A certificate's standing as buyers read it. Suspended and revoked say only that: the reason
/// stays with staff. "Expires soon" is within <see cref="SoonDays"/> days of the last valid day.
/// </summary>
internal static class RegistryStatus
{
    public const int SoonDays = 30;
    public const string Valid = "valid", ExpiresSoon = "expires-soon", Suspended = "suspended", Revoked = "revoked", Expired = "expired";

    public static string Of(Certificate certificate, DateTimeOffset now) => certificate.Status switch
    {
        CertificateStatus.Revoked => Revoked,
        CertificateStatus.Suspended => Suspended,
        _ when certificate.IsExpiredAt(now) => Expired,
        _ when certificate.ExpiresOn <= RegistryClock.Today(now).AddDays(SoonDays) => ExpiresSoon,
        _ => Valid,
    };

    public static bool HoldsMark(string status) => status is Valid or ExpiresSoon;

    /// <summary>Valid marks first, then what a buyer must be warned of.</summary>
    public static int Rank(string status) => status switch { Valid or ExpiresSoon => 0, Suspended => 1, Revoked => 2, _ => 3 };

    /// <summary>The English words (translation keys) the pages show.</summary>
    public static string Words(string status) => status switch
    {
        Valid => "Valid",
        ExpiresSoon => "Expires soon",
        Suspended => "Suspended",
        Revoked => "Revoked",
        _ => "Expired",
    };
}

/// <summary>A village's mark as the registry shows it: texts in the reader's language (with the language they are in), the current criteria.</summary>
internal sealed record RegistryMark(string Village, string VillageName, string Code, string Name, string NameLanguage, string Description,
    string DescriptionLanguage, int Version, IReadOnlyList<RegistryText> Criteria, string? ImageUrl);

internal sealed record RegistryText(string Text, string Language);

/// <summary>A product a certificate covers; only published products are named (a draft's name is not public).</summary>
internal sealed record RegistryProduct(string Name, string Language, string? Url);

/// <summary>A certificate from another body a listed member holds.</summary>
internal sealed record RegistryOtherCertificate(string Kind, string Issuer, string Number, DateOnly? ExpiresOn, bool Expired);

/// <summary>
/// One certificate in the public registry. <see cref="Member"/> is null when the member does not
/// appear publicly (privacy setting, or no longer active): the certificate is still listed, unnamed.
/// No tenant id, no member id, no staff reason.
/// </summary>
internal sealed record RegistryEntry(string Number, string Status, string Village, string VillageName, string Mark, string MarkLanguage,
    string MarkCode, int SchemeVersion, string? Member, IReadOnlyList<RegistryProduct> Products, int UnnamedProducts, DateOnly IssuedOn,
    DateOnly ExpiresOn, string PageUrl, string PdfUrl, IReadOnlyList<RegistryOtherCertificate> OtherCertificates);

/// <summary>What the registry page and API answer: the marks, and one page of certificates.</summary>
internal sealed record RegistryListing(IReadOnlyList<RegistryMark> Marks, IReadOnlyList<RegistryEntry> Items, int Page, int PageSize, int Total,
    string? Query, IReadOnlyList<RegistryVillage> Villages);

/// <summary>A village the platform registry can be filtered by.</summary>
internal sealed record RegistryVillage(string Slug, string Name);
