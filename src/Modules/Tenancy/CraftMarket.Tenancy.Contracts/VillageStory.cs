using System.Text.Json.Serialization;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Tenancy.Contracts;

/// <summary>A text an association writes per language: Vietnamese first, English, French and Japanese when it has them.</summary>
public sealed record LocalizedValue
{
    public static readonly LocalizedValue Empty = new();

    public string Vi { get; init; } = "";
    public string? En { get; init; }
    public string? Fr { get; init; }
    public string? Ja { get; init; }

    [JsonIgnore] public bool IsEmpty => new[] { Vi, En, Fr, Ja }.All(string.IsNullOrWhiteSpace);

    public string? this[string language] => language switch { "vi" => Vi, "en" => En, "fr" => Fr, "ja" => Ja, _ => null };

    /// <summary>
    /// The text for a reader of <paramref name="language"/>: theirs, else English (what most foreign
    /// buyers read), else Vietnamese; with the language it is really in, for the lang attribute.
    /// Null when nothing is written.
    /// </summary>
    public (string Text, string Language)? In(string language) => LanguageFallback.Pick(ByLanguage, language);

    private Dictionary<string, string> ByLanguage =>
        new[] { "vi", "en", "fr", "ja" }.Where(l => this[l] is not null).ToDictionary(l => l, l => this[l]!, StringComparer.Ordinal);
}

/// <summary>
/// What a village home and about page tell a buyer about the village: the association's brand story
/// and real facts (where, how many households, what it produces, since when, its main products).
/// Written by the association on its brand page; every text per language.
/// </summary>
public sealed record VillageStory
{
    public static readonly VillageStory Empty = new();

    public LocalizedValue Story { get; init; } = LocalizedValue.Empty;
    public LocalizedValue Location { get; init; } = LocalizedValue.Empty;
    public int? Households { get; init; }
    /// <summary>Workshops and output, e.g. "over 800 kilns, 50 million pieces a year".</summary>
    public LocalizedValue Production { get; init; } = LocalizedValue.Empty;
    /// <summary>Founded / history, e.g. "a pottery village since the 14th century".</summary>
    public LocalizedValue History { get; init; } = LocalizedValue.Empty;
    public LocalizedValue MainProducts { get; init; } = LocalizedValue.Empty;

    [JsonIgnore] public bool HasFacts => !Location.IsEmpty || Households is not null || !Production.IsEmpty || !History.IsEmpty || !MainProducts.IsEmpty;
}
