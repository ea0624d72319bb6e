using System.Globalization;
using System.Text;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// "Bình hoa", "binh hoa" and "BÌNH  HOA" are the same words to a Vietnamese reader typing on a
/// phone: folding drops case, tone marks and extra spaces (and đ → d) before comparing.
/// </summary>
internal static class TextFolding
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
            folded.Append(c == 'đ' ? 'd' : c);
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
