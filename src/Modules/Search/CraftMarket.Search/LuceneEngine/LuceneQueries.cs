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

    /// <summary>
    /// The plan as a query over the fields present in <paramref name="indexed"/> (the searched
    /// reader's). No needless nesting: every boolean layer is another scorer each matching document
    /// passes through, and with BM25 (no coord, no query norm) the flat form scores the same.
    /// </summary>
    public static Query Text(QueryPlan plan, IReadOnlySet<string> indexed)
    {
        if (plan.MatchesEverything) return new MatchAllDocsQuery();
        var required = plan.Concepts.Where(c => !c.Optional).Select(c => Concept(c, indexed)).ToList();
        var optional = plan.Concepts.Where(c => c.Optional).Select(c => Concept(c, indexed)).ToList();
        if (required.Count == 0) return Any(optional);
        var core = required.Count == 1 ? required[0] : AtLeast(required, plan.MinimumMatch);
        if (optional.Count == 0) return core;
        var top = new BooleanQuery { { core, Occur.MUST } };
        foreach (var q in optional) top.Add(q, Occur.SHOULD);
        return top;
    }

    private static BooleanQuery AtLeast(List<Query> queries, int minimum)
    {
        var all = minimum == queries.Count;
        var q = new BooleanQuery { MinimumNumberShouldMatch = all ? 0 : minimum };
        foreach (var sub in queries) q.Add(sub, all ? Occur.MUST : Occur.SHOULD);
        return q;
    }

    private static BooleanQuery Any(List<Query> queries)
    {
        var q = new BooleanQuery();
        foreach (var sub in queries) q.Add(sub, Occur.SHOULD);
        return q;
    }

    /// <summary>The text restricted to one association, or to every association but the hidden (suspended) ones.</summary>
    public static Query Scoped(Query text, TenantId? tenant, IReadOnlyCollection<TenantId> hidden)
    {
        if (tenant is null && hidden.Count == 0) return text;
        var scoped = new BooleanQuery { { text, Occur.MUST } };
        Scope(scoped, tenant, hidden);
        return scoped;
    }

    private static Query Concept(Concept concept, IReadOnlySet<string> indexed)
    {
        // Alternatives often analyse alike in a field ("ceramic", "ceramics" → "ceram"): one clause each, at the best boost.
        var clauses = new Dictionary<(string Field, string Terms), float>();
        foreach (var alt in concept.Alternatives)
        foreach (var (field, boost, analyzer) in SearchFields.TextFor(alt.IsSynonym, alt.Text))
        {
            if (!indexed.Contains(field)) continue;
            var terms = Analyzers.Terms(ByName[analyzer], field, alt.Text);
            if (terms.Count == 0) continue;
            var key = (field, string.Join(' ', terms));
            clauses[key] = Math.Max(clauses.GetValueOrDefault(key), boost * alt.Boost);
        }
        var dismax = new DisjunctionMaxQuery(0.2f);
        foreach (var ((field, terms), boost) in clauses)
        {
            var words = terms.Split(' ');
            Query q = words.Length == 1 ? new TermQuery(new Term(field, words[0])) : Phrase(field, words);
            q.Boost = boost;
            dismax.Add(q);
        }
        foreach (var alt in concept.Alternatives.Where(a => a.MaxEdits > 0))
        {
            var terms = Analyzers.Terms(ByName[Analyzers.VietnameseFolded], SearchFields.Fuzzy[0], alt.Text);
            if (terms.Count != 1 || terms[0].Length < 5) continue;
            var word = new FuzzyWord(terms[0], Math.Min(alt.MaxEdits, 2));
            foreach (var field in SearchFields.Fuzzy.Where(indexed.Contains))
            {
                var q = word.In(field);
                q.Boost = (field.StartsWith("name", StringComparison.Ordinal) ? 2.5f : 0.8f) * alt.Boost * FuzzyFactor;
                dismax.Add(q);
            }
        }
        return dismax;
    }

    private static PhraseQuery Phrase(string field, IEnumerable<string> terms)
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
