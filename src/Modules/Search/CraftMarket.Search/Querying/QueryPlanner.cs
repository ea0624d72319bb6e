using CraftMarket.Search.Analysis;

namespace CraftMarket.Search.Querying;

/// <summary>
/// Expands a query with the association's craft glossary at query time, so an edit to the glossary
/// takes effect on the next search with no reindex. Glossary terms are matched folded, so "men ran"
/// expands like "men rạn".
/// </summary>
public static class QueryPlanner
{
    public const float SynonymBoost = 0.7f;
    private const int MaxWords = 12;

    private static readonly HashSet<string> StopWords =
        ["a", "an", "and", "for", "from", "in", "of", "on", "or", "the", "to", "with", "by", "de", "la", "le", "les", "des", "et"];

    public static QueryPlan Plan(string? text, IReadOnlyList<IReadOnlyList<string>> glossary)
    {
        if (string.IsNullOrWhiteSpace(text)) return QueryPlan.Empty;
        var words = Folding.Words(text).Take(MaxWords).ToList();
        if (words.Count == 0) return QueryPlan.Empty;
        var folded = words.Select(Folding.Fold).ToList();
        var groups = glossary.Select(g => g.Select(t => (Term: Folding.Normalize(t.Trim()), Words: Folding.Words(t).Select(Folding.Fold).ToList()))
            .Where(t => t.Words.Count > 0).ToList()).ToList();

        var concepts = new List<Concept>();
        for (var i = 0; i < words.Count;)
        {
            var (group, length) = LongestGlossaryMatch(groups, folded, i);
            if (group is not null)
            {
                var original = string.Join(' ', words.Skip(i).Take(length));
                var alternatives = new List<Alternative> { Word(original) };
                foreach (var term in group)
                    if (!term.Words.SequenceEqual(folded.Skip(i).Take(length)))
                        alternatives.Add(new Alternative(term.Term.ToLowerInvariant(), SynonymBoost, 0, IsSynonym: true));
                concepts.Add(new Concept(alternatives, Optional: false));
                i += length;
                continue;
            }
            concepts.Add(new Concept([Word(words[i])], Optional: StopWords.Contains(folded[i])));
            i++;
        }

        var required = concepts.Count(c => !c.Optional);
        var minimum = required <= 3 ? required : required - 1;
        var highlight = concepts.SelectMany(c => c.Alternatives).SelectMany(a => a.Text.Split(' ')).Select(Folding.Fold).Distinct().ToList();
        return new QueryPlan(concepts, minimum, highlight);
    }

    public static int MaxEditsFor(string word) => Folding.Fold(word).Length switch
    {
        < 5 => 0,
        < 8 => 1,
        _ => 2,
    };

    private static Alternative Word(string text) =>
        new(text, 1f, text.Contains(' ', StringComparison.Ordinal) ? 0 : MaxEditsFor(text), IsSynonym: false);

    private static (List<(string Term, List<string> Words)>? Group, int Length) LongestGlossaryMatch(
        List<List<(string Term, List<string> Words)>> groups, List<string> folded, int at)
    {
        List<(string, List<string>)>? best = null;
        var bestLength = 0;
        foreach (var group in groups)
        foreach (var (_, termWords) in group)
        {
            if (termWords.Count <= bestLength || at + termWords.Count > folded.Count) continue;
            if (!termWords.SequenceEqual(folded.Skip(at).Take(termWords.Count))) continue;
            best = group;
            bestLength = termWords.Count;
        }
        return (best, bestLength);
    }
}
