using Microsoft.Net.Http.Headers;

namespace CraftMarket.Web.Localization;

/// <summary>
/// Which language an unprefixed URL is served in: the buyer's last explicit choice (cookie), then
/// the browser's Accept-Language by quality, then the association's default language.
/// </summary>
internal static class LanguageNegotiation
{
    public static string Choose(IReadOnlyList<string> supported, string fallback, string? cookie, IList<StringWithQualityHeaderValue> acceptLanguage)
    {
        if (cookie is not null && Find(supported, cookie) is { } chosen) return chosen;
        // OrderByDescending is stable: equal qualities keep the browser's order.
        foreach (var range in acceptLanguage.Where(r => r.Quality is null or > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var tag = range.Value.Value;
            if (tag is null or "*") continue;
            var primary = tag.Split('-', 2)[0];
            if (Find(supported, primary) is { } accepted) return accepted;
        }
        return Find(supported, fallback) ?? supported[0];
    }

    /// <summary>The language among <paramref name="supported"/> spelled <paramref name="code"/> in any case, or null.</summary>
    public static string? Find(IReadOnlyList<string> supported, ReadOnlySpan<char> code)
    {
        foreach (var language in supported)
            if (code.Equals(language, StringComparison.OrdinalIgnoreCase)) return language;
        return null;
    }
}
