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
    public Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct) => engine.SetCoverAsync(product, coverImage, ct);
    public Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct) => engine.SetQualityMarkAsync(product, qualityMark, ct);

    public Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct) =>
        engine.ReplaceTenantAsync(tenant, products, ct);

    /// <summary>
    /// When every word together finds nothing ("carved rosewood cabinet" where no cabinet is carved),
    /// the search is run once more requiring one word fewer, so the buyer sees the rosewood cabinet
    /// rather than an empty page; still nothing, and the first answer (with its "did you mean") stands.
    /// </summary>
    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        var plan = QueryPlanner.Plan(query.Text, await glossary.ForAsync(query.Tenant, ct));
        var hiddenTenants = await HiddenFor(query.Tenant, ct);
        var result = await engine.SearchAsync(new EngineQuery(query, plan, hiddenTenants), ct);
        if (result.Total > 0 || plan.Relaxed() is not { } relaxed) return result;
        var partial = await engine.SearchAsync(new EngineQuery(query, relaxed, hiddenTenants), ct);
        return partial.Total > 0 ? partial : result;
    }

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken ct) =>
        await engine.SuggestAsync(query, await HiddenFor(query.Tenant, ct), ct);

    /// <summary>A suspended association's own host never reaches a module (tenancy answers 403), so only the platform filters.</summary>
    private async Task<IReadOnlyCollection<TenantId>> HiddenFor(TenantId? tenant, CancellationToken ct) =>
        tenant is null ? await hidden.GetAsync(ct) : [];
}
