using CraftMarket.SharedKernel.Text;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>Autocomplete: earlier words must match a product name, the last one as a prefix (folded, so "bin" offers "Bình").</summary>
internal static class LuceneSuggest
{
    public static IReadOnlyList<Suggestion> Run(IndexSearcher searcher, SuggestQuery query, IReadOnlyCollection<TenantId> hidden)
    {
        var words = Folding.Words(query.Prefix);
        if (words.Count == 0) return [];
        var q = new BooleanQuery();
        foreach (var word in words.Take(words.Count - 1))
            q.Add(Any(SearchFields.Suggest.Select(f => (Query)new TermQuery(new Term(f, TextFolding.Fold(word))))), Occur.MUST);
        var last = TextFolding.Fold(words[^1]);
        q.Add(Any(SearchFields.Suggest.Select(f => (Query)new PrefixQuery(new Term(f, last)))), Occur.MUST);
        LuceneQueries.Scope(q, query.Tenant, hidden);

        var top = searcher.Search(q, null, query.Limit * 3, new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Id, SortFieldType.STRING)), false, false);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var suggestions = new List<Suggestion>();
        foreach (var hit in top.ScoreDocs)
        {
            var p = LuceneDocuments.Read(searcher.Doc(hit.Doc)).Product;
            var name = ProductText.Display(p.Name, query.Language);
            if (seen.Add(name)) suggestions.Add(new Suggestion(name, p.Id.ToString(), p.TenantSlug));
            if (suggestions.Count == query.Limit) break;
        }
        return suggestions;
    }

    private static Query Any(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var q in queries) any.Add(q, Occur.SHOULD);
        return any;
    }
}
