namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// A text in the catalogue's four languages. Vietnamese is what producers write; English is what
/// export buyers need before a product goes public; French and Japanese are optional.
/// Stored as four columns so a listing projects just the names it shows.
/// </summary>
internal sealed record LocalizedText(string Vi, string? En = null, string? Fr = null, string? Ja = null)
{
    public static readonly IReadOnlyList<string> Languages = ["vi", "en", "fr", "ja"];
    public static readonly LocalizedText Empty = new("");

    public string? this[string language] => language switch
    {
        "vi" => Vi,
        "en" => En,
        "fr" => Fr,
        "ja" => Ja,
        _ => null,
    };

    public bool IsBlank => string.IsNullOrWhiteSpace(Vi) && string.IsNullOrWhiteSpace(En)
        && string.IsNullOrWhiteSpace(Fr) && string.IsNullOrWhiteSpace(Ja);

    /// <summary>The contract's shape: only the languages that have text.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var texts = new Dictionary<string, string>(4, StringComparer.Ordinal);
        foreach (var language in Languages)
            if (this[language] is { Length: > 0 } text) texts[language] = text;
        return texts;
    }

    public static LocalizedText From(IReadOnlyDictionary<string, string?>? texts) => texts is null ? Empty : new(
        Get(texts, "vi") ?? "", Get(texts, "en"), Get(texts, "fr"), Get(texts, "ja"));

    public static IReadOnlyDictionary<string, string> Dictionary(string vi, string? en, string? fr, string? ja) =>
        new LocalizedText(vi, en, fr, ja).ToDictionary();

    /// <summary>Trimmed, with blank optional languages as null.</summary>
    public LocalizedText Clean() => new((Vi ?? "").Trim(), Blank(En), Blank(Fr), Blank(Ja));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Get(IReadOnlyDictionary<string, string?> texts, string language) =>
        texts.TryGetValue(language, out var text) ? text : null;
}
