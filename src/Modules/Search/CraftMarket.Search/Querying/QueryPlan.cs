namespace CraftMarket.Search.Querying;

/// <summary>
/// A buyer's words turned into what both engines look for: one <see cref="Concept"/> per word or
/// glossary phrase, each satisfied by any of its alternatives (the word itself, a typo of it, a
/// synonym in another language). At least <see cref="MinimumMatch"/> required concepts must match.
/// </summary>
internal sealed record QueryPlan(IReadOnlyList<Concept> Concepts, int MinimumMatch, IReadOnlyList<string> HighlightWords)
{
    public static readonly QueryPlan Empty = new([], 0, []);
    public bool MatchesEverything => Concepts.Count == 0;

    /// <summary>The same concepts with one fewer required to match, or null when one is already enough.</summary>
    public QueryPlan? Relaxed() => MinimumMatch > 1 ? this with { MinimumMatch = MinimumMatch - 1 } : null;
}

/// <summary>An optional concept (an English stop word) only adds to the score.</summary>
internal sealed record Concept(IReadOnlyList<Alternative> Alternatives, bool Optional);

/// <summary>
/// <see cref="Text"/> may be several words (a phrase: "men rạn", "crackle glaze"). <see cref="MaxEdits"/>
/// is the typo tolerance for a single word: 0 under 5 letters, 1 for 5-7, 2 from 8.
/// </summary>
internal sealed record Alternative(string Text, float Boost, int MaxEdits, bool IsSynonym)
{
    public bool IsPhrase => Text.Contains(' ', StringComparison.Ordinal);
}
