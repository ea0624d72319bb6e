using CraftMarket.QualityMarks.Domain;

namespace CraftMarket.QualityMarks.Features.OtherCertificates;

/// <summary>A certificate a member holds from another body. Dates are ISO days (yyyy-MM-dd).</summary>
internal sealed record OtherCertificateInput(
    Guid? MemberId,
    string? Kind,
    string? Issuer,
    string? Number,
    string? IssuedOn,
    string? ExpiresOn);

internal sealed record WithdrawInput(string? Reason);

internal sealed record DocumentDto(string ContentType, long Length, string FileName, string Sha256, DateTimeOffset StoredAt);

internal sealed record OtherCertificateDto(
    Guid Id,
    Guid MemberId,
    string? MemberName,
    string Kind,
    string Issuer,
    string Number,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    bool Expired,
    bool Withdrawn,
    bool HasDocument,
    DocumentDto? Document,
    DateTimeOffset CreatedAt)
{
    public static OtherCertificateDto From(OtherCertificate c, string? memberName, DateTimeOffset now, DocumentDto? document = null) => new(
        c.Id.Value, c.MemberId.Value, memberName, c.Kind, c.Issuer, c.Number, c.IssuedOn, c.ExpiresOn, c.IsExpiredAt(now), c.Withdrawn,
        c.DocumentFileId is not null, document, c.CreatedAt);
}

/// <summary>What staff usually record: a suggestion list, not a rule (any kind may be typed).</summary>
internal static class OtherCertificateKinds
{
    public static readonly IReadOnlyList<string> Suggestions =
    [
        "ISO 9001:2015", "ISO 14001:2015", "Fairtrade", "WFTO Guaranteed Fair Trade", "OEKO-TEX Standard 100", "GOTS",
        "HACCP", "ISO 22000", "FSC Chain of Custody", "BSCI / amfori", "SA8000", "OCOP",
    ];
}
