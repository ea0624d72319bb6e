using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.Indexing;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search;

/// <summary>
/// The module's <see cref="ISearchIndex"/>: plans each query with the scope's glossary, hides
/// suspended associations from cross-village searches, and hands the rest to the configured engine.
/// </summary>
internal sealed class SearchIndex(ISearchEngine engine, GlossaryCache glossary, HiddenTenants hidden) : ISearchIndex
{
    public Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct) => engine.UpsertAsync(products, ct);
    public Task RemoveAsync(ProductId product, CancellationToken ct) => engine.RemoveAsync(product, ct);
    public Task RemoveAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct) => engine.RemoveAsync(products, ct);
    public Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct) => engine.SetCoverAsync(product, coverImage, ct);
    public Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct) => engine.SetQualityMarkAsync(product, qualityMark, ct);

    public Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct) =>
        engine.ReplaceTenantAsync(tenant, products, ct);

    /// <summary>Plans with the scope's glossary; what is done when nothing is found is <see cref="SearchFallbacks"/>.</summary>
    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct) =>
        await SearchFallbacks.RunAsync(engine, query, await glossary.ForAsync(query.Tenant, ct), await HiddenFor(query.Tenant, ct), ct);

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken ct) =>
        await engine.SuggestAsync(query, await HiddenFor(query.Tenant, ct), ct);

    /// <summary>A suspended association's own host never reaches a module (tenancy answers 403), so only the platform filters.</summary>
    private async Task<IReadOnlyCollection<TenantId>> HiddenFor(TenantId? tenant, CancellationToken ct) =>
        tenant is null ? await hidden.GetAsync(ct) : [];
}
