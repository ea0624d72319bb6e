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

    /// <summary>A compound read the other way ("teapot" for "tea pot") counts half as much as the words as typed.</summary>
    public const float CompoundBoost = 0.5f;

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
        var groups = Groups(glossary);
        var glossaryWords = OneWordTerms(groups).Where(t => !Folding.HasMarks(t)).ToHashSet(StringComparer.Ordinal);

        // Each concept with the buyer's words it stands for (at, length).
        var concepts = new List<Draft>();
        for (var i = 0; i < words.Count;)
        {
            var (matched, length) = LongestGlossaryMatch(groups, words, i);
            if (matched.Count > 0)
            {
                var original = string.Join(' ', words.Skip(i).Take(length));
                var alternatives = new List<Alternative> { Word(original) };
                // A word in several groups ("dinnerware": bowls, plates, cups) stands for all of them.
                foreach (var term in matched.SelectMany(g => g).DistinctBy(t => t.Term, StringComparer.Ordinal))
                    if (!term.Folded.SequenceEqual(folded.Skip(i).Take(length)))
                        alternatives.Add(new Alternative(term.Term.ToLowerInvariant(), SynonymBoost, 0, IsSynonym: true));
                concepts.Add(new Draft(alternatives, false, i, length));
                i += length;
                continue;
            }
            // "dê" (goat) folds to the French stop word "de": a word typed with marks is never a stop word.
            concepts.Add(new Draft([Word(words[i])], StopWords.Contains(folded[i]) && !Folding.HasMarks(words[i]), i, 1));
            i++;
        }
        AddCompounds(concepts, words, glossaryWords);

        var planned = concepts.Select(c => new Concept(WithoutSubsumedPhrases(c.Alternatives), c.Optional)).ToList();
        var required = planned.Count(c => !c.Optional);
        var minimum = required <= 3 ? required : required - 1;
        var highlight = planned.SelectMany(c => c.Alternatives).SelectMany(a => a.Text.Split(' ')).Select(TextFolding.Fold).Distinct().ToList();
        return new QueryPlan(planned, minimum, highlight);
    }

    /// <summary>
    /// "tea pot" also looks for "teapot" (in both words' concepts, so a product with the compound
    /// satisfies both), and "woodcarving" also for the phrase "wood carving". Stop words are never joined.
    /// </summary>
    private static void AddCompounds(List<Draft> concepts, List<string> words, IReadOnlySet<string> glossaryWords)
    {
        for (var c = 0; c < concepts.Count; c++)
        {
            var concept = concepts[c];
            if (concept.Optional || concept.Length != 1) continue;
            foreach (var split in Compounds.Splits(words[concept.At], glossaryWords))
                concept.Alternatives.Add(new Alternative(split, CompoundBoost, 0, IsSynonym: false));
            if (c + 1 < concepts.Count && concepts[c + 1] is { Optional: false, Length: 1 } next
                && Compounds.Joined(words[concept.At], words[next.At]) is { } joined)
            {
                concept.Alternatives.Add(new Alternative(joined, CompoundBoost, 0, IsSynonym: false));
                next.Alternatives.Add(new Alternative(joined, CompoundBoost, 0, IsSynonym: false));
            }
        }
    }

    /// <summary>A concept while planning: its alternatives so far and the buyer's words it stands for.</summary>
    private sealed record Draft(List<Alternative> Alternatives, bool Optional, int At, int Length);

    /// <summary>
    /// The text with each word that no glossary term matches but that is a typo of a one-word
    /// glossary term ("pashmna", "dinerware") replaced by that term; null when nothing changed.
    /// The same typo tolerance as the engines' (first letter right, 1 edit from 5 letters, 2 from 8),
    /// for words no product uses, which the engines' typo tolerance (over indexed words) cannot reach.
    /// </summary>
    public static string? GlossaryCorrection(string? text, IReadOnlyList<IReadOnlyList<string>> glossary)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = Folding.Words(text).Take(MaxWords).ToList();
        var groups = Groups(glossary);
        var candidates = OneWordTerms(groups).Select(t => (Term: t, Folded: TextFolding.Fold(t))).ToList();
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var edits = MaxEditsFor(word);
            if (edits == 0 || Folding.HasMarks(word) || LongestGlossaryMatch(groups, words, i).Group.Count > 0) continue;
            var folded = TextFolding.Fold(word);
            var best = candidates
                .Where(c => c.Folded.Length > 0 && c.Folded[0] == folded[0])
                .Select(c => (c.Term, Distance: EditDistance.Between(folded, c.Folded)))
                .Where(c => c.Distance <= edits)
                .OrderBy(c => c.Distance).ThenBy(c => c.Term, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Term is null) continue;
            words[i] = best.Term;
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
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

    private static List<List<GlossaryTerm>> Groups(IReadOnlyList<IReadOnlyList<string>> glossary) =>
        [.. glossary.Select(g => g.Select(t => new GlossaryTerm(Folding.Normalize(t.Trim()), Folding.Words(t)))
            .Where(t => t.Words.Count > 0).ToList())];

    /// <summary>One-word glossary terms, lower-cased as written.</summary>
    private static IEnumerable<string> OneWordTerms(List<List<GlossaryTerm>> groups) =>
        groups.SelectMany(g => g).Where(t => t.Words.Count == 1).Select(t => t.Words[0]).Distinct(StringComparer.Ordinal);

    /// <summary>Every group holding a term that matches the most words at <paramref name="at"/>, and how many words.</summary>
    private static (List<List<GlossaryTerm>> Group, int Length) LongestGlossaryMatch(List<List<GlossaryTerm>> groups, List<string> words, int at)
    {
        var best = new List<List<GlossaryTerm>>();
        var bestLength = 0;
        foreach (var group in groups)
        foreach (var term in group)
        {
            if (term.Words.Count < bestLength || at + term.Words.Count > words.Count) continue;
            if (!term.Words.Select((_, k) => term.Matches(k, words[at + k])).All(m => m)) continue;
            if (term.Words.Count > bestLength) (best, bestLength) = ([], term.Words.Count);
            if (!best.Contains(group)) best.Add(group);
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
