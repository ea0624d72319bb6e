using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>The embedded engine: writes go through <see cref="LuceneIndex"/>, searches run on its NRT searcher.</summary>
internal sealed class LuceneSearchEngine(LuceneIndex index) : ISearchEngine
{
    public Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct) =>
        products.Count == 0 ? Task.CompletedTask : index.WriteAsync(w =>
        {
            foreach (var p in products) w.UpdateDocument(IdTerm(p.Product.Id), LuceneDocuments.Build(p));
        }, ct);

    public Task RemoveAsync(ProductId product, CancellationToken ct) =>
        index.WriteAsync(w => w.DeleteDocuments(IdTerm(product)), ct);

    public async Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct)
    {
        // Read the stored snapshot under the write lock, so a concurrent upsert cannot be overwritten by a stale copy.
        await index.WriteAsync(w =>
        {
            if (Find(product) is not { } current) return;
            w.UpdateDocument(IdTerm(product), LuceneDocuments.Build(current with { CoverImage = coverImage }));
        }, ct);
    }

    public async Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct)
    {
        // Read the catalogue first: the write lock is then held only for the in-memory delete + add + commit.
        var all = new List<IndexedProduct>();
        await foreach (var p in products.WithCancellation(ct)) all.Add(p);
        await index.WriteAsync(w =>
        {
            w.DeleteDocuments(new Term(SearchFields.Tenant, tenant.ToString()));
            foreach (var p in all) w.UpdateDocument(IdTerm(p.Product.Id), LuceneDocuments.Build(p));
        }, ct);
    }

    public Task<SearchResult> SearchAsync(EngineQuery query, CancellationToken ct) =>
        Task.FromResult(index.Read(searcher => LuceneSearch.Run(searcher, query)));

    public Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, IReadOnlyCollection<TenantId> hidden, CancellationToken ct) =>
        Task.FromResult(index.Read(searcher => LuceneSuggest.Run(searcher, query, hidden)));

    private IndexedProduct? Find(ProductId product) => index.Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(IdTerm(product)), 1);
        return top.TotalHits == 0 ? null : LuceneDocuments.Read(searcher.Doc(top.ScoreDocs[0].Doc));
    });

    private static Term IdTerm(ProductId id) => new(SearchFields.Id, id.ToString());
}
