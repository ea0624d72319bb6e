using CraftMarket.SharedKernel.Text;
using CraftMarket.Search.Analysis;

namespace CraftMarket.Search.Querying;

/// <summary>
/// Expands a query with the association's craft glossary at query time, so an edit to the glossary
/// takes effect on the next search with no reindex. A word typed without marks matches glossary
/// terms folded, so "men ran" expands like "men rạn"; a word typed with marks must match them as
/// written, so "lửa" (fire) is not taken for "lụa" (silk).
/// </summary>
internal static class QueryPlanner
{
    public const float SynonymBoost = 0.7f;

    /// <summary>Typo tolerance shared by both engines: the first letter must be right; a word expands to at most this many indexed terms.</summary>
    public const int FuzzyPrefixLength = 1;
    public const int FuzzyMaxExpansions = 30;
    private const int MaxWords = 12;

    private static readonly HashSet<string> StopWords =
        ["a", "an", "and", "for", "from", "in", "of", "on", "or", "the", "to", "with", "by", "de", "la", "le", "les", "des", "et"];

    public static QueryPlan Plan(string? text, IReadOnlyList<IReadOnlyList<string>> glossary)
    {
        if (string.IsNullOrWhiteSpace(text)) return QueryPlan.Empty;
        var words = Folding.Words(text).Take(MaxWords).ToList();
        if (words.Count == 0) return QueryPlan.Empty;
        var folded = words.Select(TextFolding.Fold).ToList();
        var groups = glossary.Select(g => g.Select(t => new GlossaryTerm(Folding.Normalize(t.Trim()), Folding.Words(t)))
            .Where(t => t.Words.Count > 0).ToList()).ToList();

        var concepts = new List<Concept>();
        for (var i = 0; i < words.Count;)
        {
            var (group, length) = LongestGlossaryMatch(groups, words, i);
            if (group is not null)
            {
                var original = string.Join(' ', words.Skip(i).Take(length));
                var alternatives = new List<Alternative> { Word(original) };
                foreach (var term in group)
                    if (!term.Folded.SequenceEqual(folded.Skip(i).Take(length)))
                        alternatives.Add(new Alternative(term.Term.ToLowerInvariant(), SynonymBoost, 0, IsSynonym: true));
                concepts.Add(new Concept(WithoutSubsumedPhrases(alternatives), Optional: false));
                i += length;
                continue;
            }
            // "dê" (goat) folds to the French stop word "de": a word typed with marks is never a stop word.
            concepts.Add(new Concept([Word(words[i])], Optional: StopWords.Contains(folded[i]) && !Folding.HasMarks(words[i])));
            i++;
        }

        var required = concepts.Count(c => !c.Optional);
        var minimum = required <= 3 ? required : required - 1;
        var highlight = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Text.Split(' ')).Select(TextFolding.Fold).Distinct().ToList();
        return new QueryPlan(concepts, minimum, highlight);
    }

    public static int MaxEditsFor(string word) => TextFolding.Fold(word).Length switch
    {
        < 5 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>
    /// Drops a glossary phrase that contains another alternative of the same concept ("chạm khắc"
    /// beside "khắc", "gốm sứ" beside "gốm"): whatever matches the phrase matches the shorter
    /// alternative, in the same fields at the same weight, so the phrase only costs another pass
    /// over its words' positions. The buyer's own words are always kept.
    /// </summary>
    private static List<Alternative> WithoutSubsumedPhrases(List<Alternative> alternatives)
    {
        var words = alternatives.Select(a => Folding.Words(a.Text).Select(TextFolding.Fold).ToList()).ToList();
        return [.. alternatives.Where((alt, i) => !alt.IsSynonym || !alt.IsPhrase ||
            !words.Where((other, j) => j != i && other.Count < words[i].Count).Any(other => Contains(words[i], other)))];
    }

    private static bool Contains(List<string> phrase, List<string> part)
    {
        for (var at = 0; at + part.Count <= phrase.Count; at++)
            if (phrase.Skip(at).Take(part.Count).SequenceEqual(part)) return true;
        return false;
    }

    private static Alternative Word(string text) =>
        new(text, 1f, text.Contains(' ', StringComparison.Ordinal) ? 0 : MaxEditsFor(text), IsSynonym: false);

    private static (List<GlossaryTerm>? Group, int Length) LongestGlossaryMatch(List<List<GlossaryTerm>> groups, List<string> words, int at)
    {
        List<GlossaryTerm>? best = null;
        var bestLength = 0;
        foreach (var group in groups)
        foreach (var term in group)
        {
            if (term.Words.Count <= bestLength || at + term.Words.Count > words.Count) continue;
            if (!term.Words.Select((_, k) => term.Matches(k, words[at + k])).All(m => m)) continue;
            best = group;
            bestLength = term.Words.Count;
        }
        return (best, bestLength);
    }

    /// <summary>A glossary term's words as written (lower-cased) and folded.</summary>
    private sealed record GlossaryTerm(string Term, IReadOnlyList<string> Words)
    {
        public List<string> Folded { get; } = [.. Words.Select(TextFolding.Fold)];

        /// <summary>A buyer's word typed with marks must match as written; without, folded.</summary>
        public bool Matches(int k, string word) =>
            Folding.HasMarks(word) ? string.Equals(Words[k], word, StringComparison.Ordinal) : string.Equals(Folded[k], TextFolding.Fold(word), StringComparison.Ordinal);
    }
}
