using System.Globalization;
using System.Text;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Glossary;

/// <summary>
/// The village's glossary (as search uses it, through the same cache) read as a dictionary from
/// Vietnamese: every Vietnamese word of a group found in the text, as whole words and with its marks
/// (men rạn is not men rán), answers the group's words in the language asked for.
/// </summary>
internal sealed class CraftGlossary(GlossaryCache glossaries, ITenantContext tenant) : ICraftGlossary
{
    public async Task<IReadOnlyList<GlossaryTerm>> FindAsync(string vietnamese, string language, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(vietnamese)) return [];
        var text = vietnamese.Normalize(NormalizationForm.FormC);
        var lower = text.ToLower(CultureInfo.InvariantCulture);
        var found = new List<GlossaryTerm>();
        foreach (var group in await glossaries.ForAsync(tenant.TenantId, ct))
        {
            var targets = GlossaryLanguages.In(group, language);
            if (targets.Count == 0) continue;
            foreach (var term in GlossaryLanguages.In(group, GlossaryLanguages.Vietnamese))
            {
                var needle = term.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
                for (var at = lower.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(needle, at + 1, StringComparison.Ordinal))
                    if (IsWholeWord(lower, at, needle.Length)) found.Add(new GlossaryTerm(text.Substring(at, needle.Length), at, targets));
            }
        }
        // Longest first, then drop what a longer term already covers ("gốm" inside "gốm sứ").
        var kept = new List<GlossaryTerm>();
        foreach (var term in found.OrderByDescending(t => t.Source.Length).ThenBy(t => t.Start))
            if (!kept.Any(k => term.Start < k.Start + k.Source.Length && k.Start < term.Start + term.Source.Length)) kept.Add(term);
        return [.. kept.OrderBy(t => t.Start)];
    }

    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length == text.Length || !char.IsLetterOrDigit(text[at + length]));
}
