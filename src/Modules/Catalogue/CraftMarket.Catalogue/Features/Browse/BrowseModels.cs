using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Catalogue.Features.Browse;

/// <summary>
/// What a buyer asks of the public listing. Sort: "newest" (default), "price-asc", "price-desc",
/// "name" (by the request language's name: Vietnamese for vi, English otherwise).
/// Prices filter on the lowest unit price a buyer can reach (the last price break). <c>Only</c> keeps
/// the listing to these products (the genuine-mark filter: the registry's marked products).
/// </summary>
internal sealed record BrowseQuery(
    CategoryId? Category = null, string? Material = null, decimal? MinPriceVnd = null, decimal? MaxPriceVnd = null,
    int? MaxMoq = null, int Page = 1, int PageSize = 24, string Sort = BrowseSorts.Newest, IReadOnlySet<ProductId>? Only = null);

internal static class BrowseSorts
{
    public const string Newest = "newest", PriceAscending = "price-asc", PriceDescending = "price-desc", Name = "name";
    public static readonly IReadOnlyList<string> All = [Newest, PriceAscending, PriceDescending, Name];
}

/// <summary>One product in a listing: just what a card shows. Texts are keyed by language like the contract's.</summary>
internal sealed record ProductCard(
    ProductId Id,
    string Sku,
    IReadOnlyDictionary<string, string> Name,
    CategoryId CategoryId,
    IReadOnlyDictionary<string, string> CategoryName,
    Money BasePrice,
    Money LowestPrice,
    int MinimumOrderQuantity,
    int LeadTimeDays,
    IReadOnlyDictionary<string, string> Material,
    DateTimeOffset? PublishedAt)
{
    /// <summary>The unit of sale's code: the prices and MOQ are per this unit (ADR 0073).</summary>
    public string Unit { get; init; } = CraftMarket.SharedKernel.Trade.UnitOfSale.Default.Code;

    /// <summary>In đồng, kept for API clients written before Money (ADR 0022); null for another currency.</summary>
    public decimal? BasePriceVnd => BasePrice.Currency == Currency.VND ? BasePrice.Major : null;

    /// <summary>In đồng, kept for API clients written before Money (ADR 0022); null for another currency.</summary>
    public decimal? LowestPriceVnd => LowestPrice.Currency == Currency.VND ? LowestPrice.Major : null;
}

/// <summary>A facet value with how many published products match it under the other active filters.</summary>
internal sealed record FacetCount(string Key, IReadOnlyDictionary<string, string> Label, int Count);

internal sealed record BrowsePage(
    IReadOnlyList<ProductCard> Items, int Page, int PageSize, int Total,
    IReadOnlyList<FacetCount> Categories, IReadOnlyList<FacetCount> Materials)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>A category of the taxonomy with its number of published products.</summary>
internal sealed record CategoryCount(CategoryId Id, IReadOnlyDictionary<string, string> Name, int Position, int PublishedCount);

/// <summary>A maker as the public sees it. Households that are not listed publicly appear without their name.</summary>
internal sealed record PublicMaker(Guid? Id, string DisplayName, string? Commune, MemberKind Kind);

/// <summary>
/// The product page: the published snapshot (variants included) and who makes it.
/// <see cref="CapacityIsPartial"/>: some maker keeps its capacity private, so the product's figure is a lower bound.
/// </summary>
internal sealed record ProductDetail(PublishedProduct Product, IReadOnlyList<PublicMaker> Makers, bool CapacityIsPartial = false);
