using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>A catalogue text in the reader's language, or the best fallback and the language it is really in (for lang="").</summary>
public readonly record struct Localized(string Text, string Language)
{
    public override string ToString() => Text;

    /// <summary>The reader's language, then English (every published product has it), then Vietnamese: <see cref="LanguageFallback"/>.</summary>
    public static Localized Pick(IReadOnlyDictionary<string, string>? texts, string language) =>
        LanguageFallback.Pick(texts, language) is { } found ? new(found.Text, found.Language) : new("", language);
}
