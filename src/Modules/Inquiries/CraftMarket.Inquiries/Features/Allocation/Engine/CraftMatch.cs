using CraftMarket.SharedKernel.Text;

namespace CraftMarket.Inquiries.Features.Allocation.Engine;

/// <summary>
/// "Same craft and equipment": a member's craft or equipment (folded: case, tone marks and đ
/// ignored) matches a product when it equals, or appears as whole words inside, the product's
/// Vietnamese category, technique or material (folded), or the other way round. So "men rạn" matches
/// the technique "Men rạn", "bình hoa" the category "Bình hoa", "gốm sành" the material "Gốm sành
/// nâu"; "lò gas" matches nothing of a silk scarf. Inputs are folded by the caller (<see cref="Fold"/>).
/// </summary>
internal static class CraftMatch
{
    public static string Fold(string? text) => TextFolding.Fold(text);

    public static bool Matches(IReadOnlyList<string> skills, IReadOnlyList<string> productWords)
    {
        foreach (var skill in skills)
        {
            if (skill.Length == 0) continue;
            foreach (var word in productWords)
                if (word.Length > 0 && (ContainsPhrase(word, skill) || ContainsPhrase(skill, word))) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> appears in <paramref name="text"/> as whole words (both folded, single spaces).</summary>
    public static bool ContainsPhrase(string text, string phrase)
    {
        var at = 0;
        while ((at = text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ')) return true;
            at++;
        }
        return false;
    }
}
