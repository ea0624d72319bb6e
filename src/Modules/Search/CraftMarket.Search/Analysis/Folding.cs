using CraftMarket.SharedKernel.Text;
using System.Globalization;
using System.Text;

namespace CraftMarket.Search.Analysis;

/// <summary>
/// The C# side of the search analysis: composed forms, marks detected, words cut as the tokenizer
/// would. Folding itself ("gốm men rạn" → "gom men ran") is <see cref="TextFolding"/>, the
/// platform's one rule; the engines fold with ASCIIFolding, which agrees with it on Vietnamese.
/// </summary>
internal static class Folding
{
    /// <summary>Composed form first: marks typed on a phone keyboard often arrive decomposed (NFD).</summary>
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormC);

    /// <summary>True when the text carries Vietnamese marks or đ: the buyer typed them, so exact forms should win.</summary>
    public static bool HasMarks(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

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
