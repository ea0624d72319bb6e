using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Search.Contracts;

/// <summary>
/// One page of hits, the facet counts for the whole result (each facet counted with every other
/// facet's filter applied, so a buyer can widen a selection), and a corrected query when nothing matched.
/// </summary>
public sealed record SearchResult(
    long Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean);

/// <summary>
/// <see cref="Url"/> is the product page's path on its village's site (<c>/products/{id}</c>); the
/// host turns it into a link for the request. <see cref="Snippet"/> is HTML-escaped text in which
/// the matched words are wrapped in <c>&lt;mark&gt;</c>. <see cref="IndicativePrice"/> is the base
/// price in major units of its currency, kept for API clients written before <see cref="Price"/>.
/// </summary>
public sealed record SearchHit(
    string ProductId,
    string TenantSlug,
    string Name,
    string Url,
    decimal IndicativePrice,
    string? CoverImage,
    string Snippet)
{
    /// <summary>The product's base price as Money, in its village's base currency (ADR 0022).</summary>
    public Money? Price { get; init; }

    /// <summary>What <see cref="Price"/> is per: "₫265,000 per metre" (ADR 0073).</summary>
    public UnitOfSale Unit { get; init; } = UnitOfSale.Default;
}

public sealed record FacetCount(string Value, long Count);
