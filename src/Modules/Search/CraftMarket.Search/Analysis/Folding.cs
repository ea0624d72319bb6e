using System.Globalization;
using System.Text;

namespace CraftMarket.Search.Analysis;

/// <summary>
/// The C# side of the folded analysis: what a Vietnamese word becomes without its marks
/// ("gốm men rạn" → "gom men ran", "đồng" → "dong"). Used where text is compared outside the
/// engine (glossary matching, snippets); the engines fold with ASCIIFolding, which agrees on Vietnamese.
/// </summary>
public static class Folding
{
    /// <summary>Composed form first: marks typed on a phone keyboard often arrive decomposed (NFD).</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormC);

    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c == 'đ' ? 'd' : c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when folding changes the text: the buyer typed Vietnamese marks, so exact forms should win.</summary>
    public static bool HasMarks(string text) => !string.Equals(Fold(text), text.ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>Words as the standard tokenizer would roughly cut them: letters and digits, lower-cased.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in Normalize(text).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                sb.Append(c);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }
}
