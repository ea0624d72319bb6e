using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// The embedded engine: writes go through <see cref="LuceneIndex"/>, searches run on its NRT searcher.
/// An upsert never replaces a newer version of a product (catalogue UpdatedAt) with an older one.
/// </summary>
internal sealed class LuceneSearchEngine(LuceneIndex index) : ISearchEngine
{
    private readonly LiveWrites live = new();

    public Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct) =>
        products.Count == 0 ? Task.CompletedTask : index.WriteAsync(w =>
        {
            // Under the write lock the searcher shows every committed batch: compare with what is indexed.
            var latest = products.GroupBy(p => p.Product.Id.ToString())
                .Select(g => g.MaxBy(p => p.Product.UpdatedAt)!).ToList();
            var indexed = index.Read(s => IndexedVersions.Of(s, latest.Select(p => p.Product.Id.ToString())));
            foreach (var p in latest.Where(p => indexed.GetValueOrDefault(p.Product.Id.ToString()) <= p.Product.UpdatedAt.UtcTicks))
                w.UpdateDocument(IdTerm(p.Product.Id), LuceneDocuments.Build(p));
            live.Record(latest.Select(p => p.Product.Id.ToString()));
        }, ct);

    public Task RemoveAsync(ProductId product, CancellationToken ct) =>
        index.WriteAsync(w =>
        {
            w.DeleteDocuments(IdTerm(product));
            live.Record([product.ToString()]);
        }, ct);

    /// <summary>Many withdrawals in one delete, one commit and one searcher refresh.</summary>
    public Task RemoveAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct) =>
        products.Count == 0 ? Task.CompletedTask : index.WriteAsync(w =>
        {
            w.DeleteDocuments([.. products.Select(IdTerm)]);
            live.Record(products.Select(p => p.ToString()));
        }, ct);

    public Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct) =>
        Change(product, current => current with { CoverImage = coverImage }, ct);

    public Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct) =>
        Change(product, current => current with { QualityMark = qualityMark }, ct);

    private Task Change(ProductId product, Func<IndexedProduct, IndexedProduct> change, CancellationToken ct) =>
        // Read the stored snapshot under the write lock, so a concurrent upsert cannot be overwritten by a stale copy.
        index.WriteAsync(w =>
        {
            if (Find(product) is not { } current) return;
            w.UpdateDocument(IdTerm(product), LuceneDocuments.Build(change(current)));
            live.Record([product.ToString()]);
        }, ct);

    /// <summary>
    /// The village's documents become the catalogue's snapshot in one commit and one refresh
    /// (searchers see the old set or the new, never a gap), except what is newer than the
    /// snapshot: a product an event changed, withdrew or added while the snapshot was read is left
    /// as the event left it, and an indexed version newer than the snapshot's is kept.
    /// </summary>
    public async Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct)
    {
        var mark = live.BeginRebuild();
        try
        {
            // Read the catalogue first: the write lock is then held only for the in-memory updates + commit.
            var all = new List<IndexedProduct>();
            await foreach (var p in products.WithCancellation(ct)) all.Add(p);
            await index.WriteAsync(w =>
            {
                var changedSince = live.Since(mark);
                var indexed = index.Read(s => IndexedVersions.OfTenant(s, tenant));
                var snapshot = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in all)
                {
                    var id = p.Product.Id.ToString();
                    snapshot.Add(id);
                    if (changedSince.Contains(id) || indexed.GetValueOrDefault(id) > p.Product.UpdatedAt.UtcTicks) continue;
                    w.UpdateDocument(IdTerm(p.Product.Id), LuceneDocuments.Build(p));
                }
                var gone = indexed.Keys.Where(id => !snapshot.Contains(id) && !changedSince.Contains(id)).ToList();
                if (gone.Count > 0) w.DeleteDocuments([.. gone.Select(id => new Term(SearchFields.Id, id))]);
            }, ct);
        }
        finally
        {
            live.EndRebuild();
        }
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
