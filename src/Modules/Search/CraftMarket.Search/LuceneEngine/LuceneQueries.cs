using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// Turns a <see cref="QueryPlan"/> into Lucene queries. Each concept is a dis-max over every
/// analysed field (the best field wins, others add a little), so the Vietnamese exact field
/// (boosted) beats the folded one for a query typed with marks: "con dê" ranks the goat above the cricket.
/// </summary>
internal static class LuceneQueries
{
    private const float FuzzyFactor = 0.4f;
    private static readonly Dictionary<string, Analyzer> ByName = new[]
        { Analyzers.VietnameseExact, Analyzers.VietnameseFolded, Analyzers.English, Analyzers.French, Analyzers.Japanese }
        .ToDictionary(n => n, Analyzers.For);

    public static Query Text(QueryPlan plan)
    {
        if (plan.MatchesEverything) return new MatchAllDocsQuery();
        var required = new BooleanQuery { MinimumNumberShouldMatch = plan.MinimumMatch };
        var top = new BooleanQuery();
        foreach (var concept in plan.Concepts)
        {
            var q = Concept(concept);
            if (concept.Optional) top.Add(q, Occur.SHOULD);
            else required.Add(q, Occur.SHOULD);
        }
        if (required.Clauses.Count == 0) return top;
        top.Add(required, Occur.MUST);
        return top;
    }

    private static Query Concept(Concept concept)
    {
        var dismax = new DisjunctionMaxQuery(0.2f);
        foreach (var alt in concept.Alternatives)
        foreach (var (field, boost, analyzer) in SearchFields.Text)
        {
            var terms = Analyzers.Terms(ByName[analyzer], field, alt.Text);
            if (terms.Count == 0) continue;
            Query q = terms.Count == 1 ? new TermQuery(new Term(field, terms[0])) : Phrase(field, terms);
            q.Boost = boost * alt.Boost;
            dismax.Add(q);
        }
        foreach (var alt in concept.Alternatives.Where(a => a.MaxEdits > 0))
        foreach (var field in SearchFields.Fuzzy)
        {
            var terms = Analyzers.Terms(ByName[Analyzers.VietnameseFolded], field, alt.Text);
            if (terms.Count != 1 || terms[0].Length < 5) continue;
            var boost = field.StartsWith("name", StringComparison.Ordinal) ? 2.5f : 0.8f;
            dismax.Add(new FuzzyQuery(new Term(field, terms[0]), Math.Min(alt.MaxEdits, 2), prefixLength: 1) { Boost = boost * alt.Boost * FuzzyFactor });
        }
        return dismax;
    }

    private static PhraseQuery Phrase(string field, List<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var t in terms) phrase.Add(new Term(field, t));
        return phrase;
    }

    /// <summary>Where to look: one association, or every association but the hidden (suspended) ones.</summary>
    public static void Scope(BooleanQuery query, TenantId? tenant, IReadOnlyCollection<TenantId> hidden)
    {
        if (tenant is { } t) query.Add(Filter(new TermQuery(new Term(SearchFields.Tenant, t.ToString()))), Occur.MUST);
        foreach (var h in hidden) query.Add(new TermQuery(new Term(SearchFields.Tenant, h.ToString())), Occur.MUST_NOT);
    }

    /// <summary>Values of one facet are alternatives; a facet filter only restricts, it never scores.</summary>
    public static Query FacetFilter(string facet, IReadOnlyList<string> values)
    {
        var any = new BooleanQuery();
        foreach (var v in values) any.Add(new TermQuery(new Term(SearchFields.Facet(facet), v)), Occur.SHOULD);
        return Filter(any);
    }

    public static Query Filter(Query q) => new ConstantScoreQuery(q) { Boost = 0f };

    public static Sort SortFor(SearchSort sort)
    {
        // The product id breaks every tie, so a page never repeats or skips a product.
        var id = new SortField(SearchFields.Id, SortFieldType.STRING);
        return sort switch
        {
            SearchSort.PriceAscending => new Sort(new SortField(SearchFields.Price, SortFieldType.INT64), id),
            SearchSort.PriceDescending => new Sort(new SortField(SearchFields.Price, SortFieldType.INT64, true), id),
            SearchSort.Newest => new Sort(new SortField(SearchFields.Published, SortFieldType.INT64, true), id),
            _ => new Sort(SortField.FIELD_SCORE, id),
        };
    }
}
