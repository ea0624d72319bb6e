using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;

namespace CraftMarket.QualityMarks.Contracts;

/// <summary>
/// A genuine mark a product or member carries right now: a certificate that is active and not past
/// its expiry at the moment of the call. <see cref="Name"/> is in the requested language (fallback
/// English, then Vietnamese); <see cref="ImageUrl"/> is the mark image, null when the scheme has none.
/// </summary>
public sealed record MarkBadge(MarkSchemeId Scheme, string Name, string NameLanguage, string? ImageUrl,
    string CertificateNumber, DateOnly ValidUntil, string RegistryUrl);

/// <summary>A certificate from another body, as buyers see it (status "valid" or "expired").</summary>
public sealed record HeldCertificate(string Kind, string Issuer, string Number, DateOnly? ExpiresOn, bool Expired);

/// <summary>Marks and other certificates of one member, for its public profile.</summary>
public sealed record MemberCredentials(IReadOnlyList<MarkBadge> Marks, IReadOnlyList<HeldCertificate> Certificates)
{
    public static readonly MemberCredentials None = new([], []);
}

/// <summary>
/// What storefront pages of other modules may ask the registry, within the current association.
/// Answers are computed at the moment of the call (an expired certificate is not a badge even before
/// the expiry job ran), and only for products and members of the current tenant.
/// </summary>
public interface IQualityMarkBadges
{
    Task<IReadOnlyDictionary<ProductId, IReadOnlyList<MarkBadge>>> ForProductsAsync(
        IReadOnlyCollection<ProductId> products, string language, CancellationToken ct);

    /// <summary>Every product of the association carrying a mark now (the listing's "genuine mark" filter).</summary>
    Task<IReadOnlySet<ProductId>> MarkedProductsAsync(CancellationToken ct);

    Task<MemberCredentials> ForMemberAsync(MemberId member, string language, CancellationToken ct);

    /// <summary>Other certificates of the members making these products (shown on product pages).</summary>
    Task<IReadOnlyList<HeldCertificate>> CertificatesOfMakersAsync(IReadOnlyCollection<MemberId> makers, CancellationToken ct);
}
