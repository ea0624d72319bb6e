namespace CraftMarket.Catalogue.Contracts;

/// <summary>A catalogue text in the reader's language, or the best fallback and the language it is really in (for lang="").</summary>
public readonly record struct Localized(string Text, string Language)
{
    public override string ToString() => Text;

    /// <summary>The reader's language, then English (every published product has it), then Vietnamese.</summary>
    public static Localized Pick(IReadOnlyDictionary<string, string>? texts, string language)
    {
        if (texts is null || texts.Count == 0) return new("", language);
        foreach (var candidate in (ReadOnlySpan<string>)[language, "en", "vi"])
            if (texts.TryGetValue(candidate, out var text) && text.Length > 0) return new(text, candidate);
        var first = texts.First();
        return new(first.Value, first.Key);
    }
}
