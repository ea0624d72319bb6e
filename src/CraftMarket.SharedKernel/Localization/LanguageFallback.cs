namespace CraftMarket.SharedKernel.Localization;

/// <summary>
/// The one rule for showing something written in several languages to a reader of one of them:
/// the reader's language, else English (what most foreign buyers read, and the language every
/// published product and every interface key is written in), else Vietnamese (what every village
/// writes first), else whatever else is there. Product texts, village stories, category names and
/// interface text all go through here, so a reader never sees two orders on one page.
/// </summary>
public static class LanguageFallback
{
    public const string English = "en";
    public const string Vietnamese = "vi";

    /// <summary>The languages to try for <paramref name="requested"/>, best first.</summary>
    public static IEnumerable<string> Order(string requested)
    {
        yield return requested;
        if (!string.Equals(requested, English, StringComparison.Ordinal)) yield return English;
        if (!string.Equals(requested, Vietnamese, StringComparison.Ordinal)) yield return Vietnamese;
    }

    /// <summary>The first language in <see cref="Order"/> that <paramref name="has"/> says is there; null if none.</summary>
    public static string? Pick(Func<string, bool> has, string requested)
    {
        foreach (var language in Order(requested))
            if (has(language)) return language;
        return null;
    }

    /// <summary>The language to use among <paramref name="available"/> (e.g. the languages a search index has fields for).</summary>
    public static string? Pick(IEnumerable<string> available, string requested)
    {
        var set = available as IReadOnlySet<string> ?? available.ToHashSet(StringComparer.Ordinal);
        return Pick(set.Contains, requested) ?? set.FirstOrDefault();
    }

    /// <summary>
    /// The text for a reader of <paramref name="requested"/> and the language it is really in (for
    /// <c>lang=""</c>); blank texts count as missing. Null when nothing is written.
    /// </summary>
    public static (string Text, string Language)? Pick(IReadOnlyDictionary<string, string>? texts, string requested)
    {
        if (texts is null) return null;
        if (Pick(l => texts.TryGetValue(l, out var t) && !string.IsNullOrWhiteSpace(t), requested) is { } language)
            return (texts[language], language);
        foreach (var (other, text) in texts)
            if (!string.IsNullOrWhiteSpace(text)) return (text, other);
        return null;
    }
}
