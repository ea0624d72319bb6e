using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// One search, one pass: the text and scope select the documents; <see cref="SearchCollector"/>
/// applies the facet filters, counts every facet and feeds the sorted top-N, so the query is
/// rewritten (fuzzy terms expanded) and scored once. Stored snapshots are read for the page only.
/// </summary>
internal static class LuceneSearch
{
    public static SearchResult Run(IndexSearcher searcher, EngineQuery engineQuery)
    {
        var (query, plan) = (engineQuery.Query, engineQuery.Plan);
        var scoped = LuceneQueries.Scoped(LuceneQueries.Text(plan, IndexedFields.Of(searcher.IndexReader)), query.Tenant, engineQuery.HiddenTenants);

        var skip = (query.Page - 1) * query.PageSize;
        var page = TopFieldCollector.Create(LuceneQueries.SortFor(query.Sort), skip + query.PageSize,
            fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
        var collector = new SearchCollector(FacetShaping.FacetsFor(query), query.Filters, page);
        searcher.Search(scoped, collector);
        collector.Finish();

        var hits = new List<SearchHit>(query.PageSize);
        foreach (var scoreDoc in page.GetTopDocs(skip, query.PageSize).ScoreDocs)
            hits.Add(Hits.From(LuceneDocuments.Read(searcher.Doc(scoreDoc.Doc)), query.Language, plan));

        var didYouMean = collector.Total == 0 && engineQuery.SuggestSpelling && !plan.MatchesEverything ? LuceneSpelling.Suggest(searcher, engineQuery) : null;
        return new SearchResult(collector.Total, query.Page, query.PageSize, hits, FacetShaping.ShapeAll(query, collector.CountsOf), didYouMean);
    }
}
