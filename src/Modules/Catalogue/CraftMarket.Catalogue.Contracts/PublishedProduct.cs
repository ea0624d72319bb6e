using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>Wholesale price break: from <see cref="MinQuantity"/> pieces on, each costs <see cref="UnitPriceVnd"/>.</summary>
public sealed record PriceBreak(int MinQuantity, decimal UnitPriceVnd);

/// <summary>
/// A published product as buyers, search and other modules see it: everything the storefront
/// shows, in every language the association wrote it in. Texts are keyed by language code
/// ("vi" always present, "en" always present once published, "fr" and "ja" optional).
/// Prices are in VND, the association's base currency; display currencies are applied at render.
/// </summary>
public sealed record PublishedProduct(
    ProductId Id,
    TenantId TenantId,
    string TenantSlug,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string> Description,
    CategoryId CategoryId,
    IReadOnlyDictionary<string, string> CategoryName,
    IReadOnlyDictionary<string, string> Material,
    IReadOnlyDictionary<string, string> Technique,
    IReadOnlyList<string> Colours,
    decimal BasePriceVnd,
    IReadOnlyList<PriceBreak> PriceBreaks,
    int MinimumOrderQuantity,
    int OrderMultiple,
    int LeadTimeDays,
    int? MonthlyCapacity,
    IReadOnlyList<MemberId> Makers,
    string PlaceOfOrigin,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt);

/// <summary>Who may touch a product and whether it is public: what Media needs before accepting or serving a photo.</summary>
public sealed record ProductAccess(ProductId Id, TenantId TenantId, ProductStatus Status, IReadOnlyList<MemberId> Makers)
{
    public bool IsPublic => Status == ProductStatus.Published;
    public bool IsMadeBy(MemberId member) => Makers.Contains(member);
}
