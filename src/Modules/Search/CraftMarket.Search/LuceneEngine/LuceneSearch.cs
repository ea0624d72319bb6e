using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// One search: a facet pass over everything the text and scope match (filters applied by the
/// collector, per facet), then a sorted pass with every filter for the requested page.
/// </summary>
internal static class LuceneSearch
{
    public static SearchResult Run(IndexSearcher searcher, EngineQuery engineQuery)
    {
        var (query, plan) = (engineQuery.Query, engineQuery.Plan);
        var facets = FacetShaping.FacetsFor(query);

        var scoped = new BooleanQuery { { LuceneQueries.Text(plan), Occur.MUST } };
        LuceneQueries.Scope(scoped, query.Tenant, engineQuery.HiddenTenants);
        var counter = new FacetCollector(facets, query.Filters);
        searcher.Search(scoped, counter);
        counter.Finish();

        var filtered = (BooleanQuery)scoped.Clone();
        foreach (var (facet, values) in query.Filters.Where(f => f.Value.Count > 0))
            filtered.Add(LuceneQueries.FacetFilter(facet, values), Occur.MUST);

        var hits = new List<SearchHit>();
        var skip = (query.Page - 1) * query.PageSize;
        if (counter.Total > skip)
        {
            var top = searcher.Search(filtered, null, skip + query.PageSize, LuceneQueries.SortFor(query.Sort), doDocScores: false, doMaxScore: false);
            foreach (var scoreDoc in top.ScoreDocs.Skip(skip))
                hits.Add(Hits.From(LuceneDocuments.Read(searcher.Doc(scoreDoc.Doc)), query.Language, plan));
        }

        var didYouMean = counter.Total == 0 && !plan.MatchesEverything ? LuceneSpelling.Suggest(searcher, engineQuery) : null;
        return new SearchResult(counter.Total, query.Page, query.PageSize, hits,
            FacetShaping.ShapeAll(query, counter.CountsOf), didYouMean);
    }
}
