using System.Globalization;
using System.Text;

namespace CraftMarket.Search.Glossary;

/// <summary>
/// Which language a glossary word is in. Groups carry no language tags (ADR 0068), so the word itself
/// tells: kana or kanji is Japanese; a letter only Vietnamese writes (đ, ơ, ư, ă, tone marks such as
/// ạ ả ã) is Vietnamese; so is a word of unmarked syllables Vietnamese can spell ("men lam", "tre"),
/// never one ending in p, t, c or ch, which Vietnamese always marks with a tone. Of the rest, a word
/// with French accents (é, è, ç...) is French and a plain one English.
/// </summary>
internal static class GlossaryLanguages
{
    public const string Vietnamese = "vi", English = "en", French = "fr", Japanese = "ja", Latin = "latin";

    private const string VietnameseOnly = "đơưăạảãấầẩẫậắằẳẵặẻẽẹếềểễệìíỉĩịóòỏõọốồổỗộớờởỡợúủũụứừửữựýỳỷỹỵá";
    private const string FrenchAccents = "éèêëàâçîïôûùüœæ";
    private static readonly string[] Initials = ["ngh", "ng", "nh", "ph", "th", "tr", "ch", "gh", "gi", "kh", "qu",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "r", "s", "t", "v", "x", ""];
    private static readonly HashSet<string> Nuclei = new(StringComparer.Ordinal)
    {
        "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "ua", "ue", "ui",
        "uo", "uy", "uu", "ye", "ieu", "oai", "oay", "uoi", "uou", "uya", "uye", "yeu", "uay",
    };
    private static readonly string[] Finals = ["ng", "nh", "ch", "m", "n", "p", "t", "c", "i", "y", "o", "u", ""];

    /// <summary>"vi", "ja", "fr", or "latin" (English unless the group's order says French).</summary>
    public static string Of(string term)
    {
        var lower = term.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (lower.Any(IsJapanese)) return Japanese;
        if (lower.Any(c => VietnameseOnly.Contains(c, StringComparison.Ordinal))) return Vietnamese;
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 0 && words.All(w => IsVietnameseSyllable(w))) return Vietnamese;
        return lower.Any(c => FrenchAccents.Contains(c, StringComparison.Ordinal)) ? French : Latin;
    }

    /// <summary>
    /// The words of <paramref name="group"/> in <paramref name="language"/>, best first. Groups list
    /// Vietnamese, English, French, Japanese in that order (the default glossary does): of several plain
    /// words after the Vietnamese ones, the first is English, and the last is French when the group has
    /// no accented French word.
    /// </summary>
    public static IReadOnlyList<string> In(IReadOnlyList<string> group, string language)
    {
        var tagged = group.Select(t => (Term: t, Language: Of(t))).ToList();
        var latin = tagged.Where(t => t.Language == Latin).Select(t => t.Term).ToList();
        var french = tagged.Where(t => t.Language == French).Select(t => t.Term).ToList();
        return language switch
        {
            English => latin.Count > 1 && french.Count == 0 ? latin[..^1] : latin,
            French => french.Count > 0 ? french : latin.Count > 1 ? [latin[^1]] : [],
            Japanese => [.. tagged.Where(t => t.Language == Japanese).Select(t => t.Term)],
            _ => [.. tagged.Where(t => t.Language == Vietnamese).Select(t => t.Term)],
        };
    }

    private static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff';

    /// <summary>An unmarked word (French accents allowed as tone marks) that Vietnamese spelling allows, unmarked stop finals excluded.</summary>
    private static bool IsVietnameseSyllable(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var toned = decomposed.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c != '\u0302');
        var bare = new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
        if (bare.Length == 0 || !bare.All(c => c is >= 'a' and <= 'z')) return false;
        foreach (var initial in Initials)
        {
            if (!bare.StartsWith(initial, StringComparison.Ordinal)) continue;
            foreach (var final in Finals)
            {
                if (bare.Length < initial.Length + final.Length + 1 || !bare.EndsWith(final, StringComparison.Ordinal)) continue;
                var nucleus = bare[initial.Length..^final.Length];
                if (!Nuclei.Contains(nucleus)) continue;
                if (final is "p" or "t" or "c" or "ch" && !toned) continue;
                return true;
            }
        }
        return false;
    }
}
