using CraftMarket.SharedKernel.Text;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// "Did you mean": each word replaced by the closest, most frequent indexed term of the folded
/// name and body fields (unstemmed) (edit distance ≤ 2), kept only if the corrected query
/// finds something in the buyer's scope, so a suggestion never leads to another empty page.
/// </summary>
internal static class LuceneSpelling
{
    private static readonly IReadOnlyList<string> Fields = SearchFields.Fuzzy;

    public static string? Suggest(IndexSearcher searcher, EngineQuery engineQuery)
    {
        var text = engineQuery.Query.Text ?? "";
        var words = Folding.Words(text);
        var changed = false;
        var corrected = new List<string>(words.Count);
        foreach (var word in words)
        {
            var best = word.Length < 3 || Exists(searcher, TextFolding.Fold(word)) ? null : Closest(searcher, TextFolding.Fold(word));
            changed |= best is not null;
            corrected.Add(best ?? word);
        }
        if (!changed) return null;
        var suggestion = string.Join(' ', corrected);
        var check = engineQuery with { Query = engineQuery.Query with { Text = suggestion, Filters = new Dictionary<string, IReadOnlyList<string>>() },
            Plan = QueryPlanner.Plan(suggestion, []) };
        var scoped = LuceneQueries.Scoped(LuceneQueries.Text(check.Plan, IndexedFields.Of(searcher.IndexReader)), check.Query.Tenant, check.HiddenTenants);
        return searcher.Search(scoped, 1).TotalHits > 0 ? suggestion : null;
    }

    private static bool Exists(IndexSearcher searcher, string folded) =>
        Fields.Any(f => searcher.IndexReader.DocFreq(new Term(f, folded)) > 0);

    private static string? Closest(IndexSearcher searcher, string folded)
    {
        string? best = null;
        var bestScore = double.MinValue;
        foreach (var field in Fields)
        {
            // A fuzzy query rewritten against the index is the list of near terms, each boosted by similarity.
            var rewritten = searcher.Rewrite(new FuzzyQuery(new Term(field, folded), folded.Length >= 6 ? 2 : 1, prefixLength: 1));
            var terms = rewritten is BooleanQuery bq ? bq.Clauses.Select(c => c.Query).OfType<TermQuery>() : rewritten is TermQuery tq ? [tq] : [];
            foreach (var candidate in terms)
            {
                var freq = searcher.IndexReader.DocFreq(candidate.Term);
                var score = candidate.Boost * 100 + Math.Log(1 + freq);
                if (score > bestScore) (best, bestScore) = (candidate.Term.Text, score);
            }
        }
        return best;
    }
}
