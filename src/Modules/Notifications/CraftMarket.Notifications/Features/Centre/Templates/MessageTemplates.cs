using System.Text.RegularExpressions;

namespace CraftMarket.Notifications.Features.Centre.Templates;

/// <summary>A title and a body with named placeholders ("{number}").</summary>
internal sealed record MessageTemplate(string Title, string Body);

/// <summary>The title and body as the recipient reads them.</summary>
internal sealed record RenderedMessage(string Language, string Title, string Body);

/// <summary>
/// Templates per language (one file each, keyed by category). A language without the category falls
/// back to English; a placeholder without a value is a bug of the caller and throws, so no message
/// ever goes out with "{number}" in it.
/// </summary>
internal static partial class MessageTemplates
{
    public const string Fallback = "en";

    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, MessageTemplate>> ByLanguage =
        new Dictionary<string, IReadOnlyDictionary<string, MessageTemplate>>(StringComparer.Ordinal)
        {
            ["vi"] = VietnameseTemplates.All,
            ["en"] = EnglishTemplates.All,
            ["fr"] = FrenchTemplates.All,
            ["ja"] = JapaneseTemplates.All,
        };

    public static RenderedMessage Render(string category, string? language, IReadOnlyDictionary<string, string> values)
    {
        var lang = Normalise(language);
        if (!ByLanguage.TryGetValue(lang, out var set) || !set.TryGetValue(category, out var template))
        {
            lang = Fallback;
            if (!EnglishTemplates.All.TryGetValue(category, out template))
                throw new KeyNotFoundException($"No template for the category “{category}”.");
        }
        return new(lang, Fill(template.Title, values, category), Fill(template.Body, values, category));
    }

    /// <summary>"vi-VN" → "vi"; empty → Vietnamese, the village's language.</summary>
    public static string Normalise(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return "vi";
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? language[..dash] : language).Trim().ToLowerInvariant();
    }

    public static IReadOnlyList<string> PlaceholdersIn(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    private static string Fill(string text, IReadOnlyDictionary<string, string> values, string category) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new ArgumentException($"The template “{category}” needs a value for {{{m.Groups[1].Value}}}.", nameof(values)));

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
