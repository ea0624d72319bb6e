using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Querying;

/// <summary>
/// What an engine (Lucene, Elasticsearch) implements. The module's <see cref="ISearchIndex"/>
/// façade plans the query (glossary, typo tolerance) and decides which associations are hidden, so
/// both engines receive the same plan and differ only in how they execute it.
/// </summary>
internal interface ISearchEngine
{
    Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct);
    Task RemoveAsync(ProductId product, CancellationToken ct);

    /// <summary>
    /// Removes many products (a batch of withdrawals, ADR 0076). Lucene does it in one commit; an
    /// engine without a bulk delete of its own falls back to one removal after another.
    /// </summary>
    async Task RemoveAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct)
    {
        foreach (var product in products) await RemoveAsync(product, ct);
    }
    Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct);
    Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct);
    Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct);
    Task<SearchResult> SearchAsync(EngineQuery query, CancellationToken ct);
    Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, IReadOnlyCollection<TenantId> hidden, CancellationToken ct);
}

/// <summary>
/// A search as an engine runs it: the buyer's query, its plan, and the suspended associations to
/// leave out. <see cref="SuggestSpelling"/> is false for the fallbacks' searches (<see cref="SearchFallbacks"/>),
/// whose empty answers are never shown, so they cost no "did you mean" look-up.
/// </summary>
internal sealed record EngineQuery(SearchQuery Query, QueryPlan Plan, IReadOnlyCollection<TenantId> HiddenTenants, bool SuggestSpelling = true);

/// <summary>
/// An engine that rebuilds every association at once better than one by one (Elasticsearch: a new
/// index from the current template behind the alias). Answers the number of products indexed.
/// </summary>
internal interface IReplacesWholeIndex
{
    Task<int> ReplaceAllAsync(IReadOnlyList<TenantId> tenants, Func<TenantId, IAsyncEnumerable<IndexedProduct>> products, CancellationToken ct);
}
