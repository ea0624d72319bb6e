namespace CraftMarket.Search.Contracts;

/// <summary>
/// One craft term found in a Vietnamese text ("men rạn", at <see cref="Start"/>, as written there), with
/// the glossary's words for it in the language asked for, best first ("crackle glaze").
/// </summary>
public sealed record GlossaryTerm(string Source, int Start, IReadOnlyList<string> Targets);

/// <summary>
/// The current village's craft glossary (the one search expands queries with), read as a dictionary
/// from Vietnamese: translators see which of its terms a product's text uses and what they are called
/// in English, French or Japanese (ADR 0068).
/// </summary>
public interface ICraftGlossary
{
    /// <param name="vietnamese">The source text.</param>
    /// <param name="language">"en", "fr" or "ja".</param>
    /// <returns>Terms in the order they appear; where terms overlap, the longest ("gốm sứ" rather than "gốm").</returns>
    Task<IReadOnlyList<GlossaryTerm>> FindAsync(string vietnamese, string language, CancellationToken ct);
}
