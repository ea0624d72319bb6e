namespace CraftMarket.QualityMarks.Domain;

/// <summary>
/// A registry text in the platform's four languages. Vietnamese is what the association writes
/// first; buyers read English, French or Japanese where given. Stored as four columns.
/// </summary>
internal sealed record Translations(string Vi, string? En = null, string? Fr = null, string? Ja = null)
{
    public static readonly IReadOnlyList<string> Languages = ["vi", "en", "fr", "ja"];

    public string? this[string language] => language switch
    {
        "vi" => Vi,
        "en" => En,
        "fr" => Fr,
        "ja" => Ja,
        _ => null,
    };

    /// <summary>The reader's language, then English, then Vietnamese (always present); with the language it is in, for lang="".</summary>
    public (string Text, string Language) Pick(string language) =>
        this[language] is { Length: > 0 } own ? (own, language)
        : En is { Length: > 0 } en ? (en, "en")
        : (Vi, "vi");

    public IReadOnlyDictionary<string, string> ToDictionary() =>
        Languages.Where(l => this[l] is { Length: > 0 }).ToDictionary(l => l, l => this[l]!, StringComparer.Ordinal);

    public static Translations From(IReadOnlyDictionary<string, string?>? texts) => texts is null ? new("") : new(
        Get(texts, "vi") ?? "", Get(texts, "en"), Get(texts, "fr"), Get(texts, "ja"));

    private static string? Get(IReadOnlyDictionary<string, string?> texts, string language) =>
        texts.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
