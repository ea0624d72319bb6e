using System.Globalization;
using System.Text;

namespace CraftMarket.SharedKernel.Text;

/// <summary>
/// "Bình hoa", "binh hoa" and "BÌNH  HOA" are the same words to a Vietnamese reader typing on a
/// phone without a Telex keyboard: folding drops case, tone and vowel marks, đ → d, and collapses
/// white space, so the result can be compared, indexed or used as a key. Marks typed decomposed
/// (NFD, as some phone keyboards send them) fold the same as composed ones.
/// </summary>
public static class TextFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && folded.Length > 0) folded.Append(' ');
            space = false;
            // đ is a letter of its own, not d with a mark, so Unicode decomposition leaves it alone.
            folded.Append(c == 'đ' ? 'd' : c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The folded text as an address segment: ASCII letters and digits, everything else one dash
    /// ("Bình hút lộc men rạn" → "binh-hut-loc-men-ran"), at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Slug(string? text, int maxLength = 60)
    {
        var folded = Fold(text);
        var slug = new StringBuilder(Math.Min(folded.Length, maxLength));
        foreach (var c in folded)
        {
            if (slug.Length >= maxLength) break;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
