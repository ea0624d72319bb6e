using System.Globalization;

namespace CraftMarket.Identity.Features.Profile;

/// <summary>
/// The ISO 639-1 languages a buyer may say they read: the two-letter names of the neutral cultures
/// the runtime knows (ICU), which is the list of living languages with such a code.
/// </summary>
internal static class LanguageCodes
{
    private static readonly HashSet<string> Known =
        [.. CultureInfo.GetCultures(CultureTypes.NeutralCultures).Select(c => c.Name).Where(n => n.Length == 2 && n.All(char.IsAsciiLetterLower))];

    public static bool IsKnown(string? code) => code is { Length: 2 } && Known.Contains(code.ToLowerInvariant());
}
