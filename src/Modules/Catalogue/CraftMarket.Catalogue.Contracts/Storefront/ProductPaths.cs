using CraftMarket.SharedKernel.Text;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>
/// Product addresses: <c>/products/{id}/{slug}</c>. The id finds the product; the slug, from the
/// English name (every published product has one), is for people and search engines, so every
/// language shares one slug and only the language prefix differs.
/// </summary>
public static class ProductPaths
{
    public static string Of(ProductId id, IReadOnlyDictionary<string, string> names) => $"/products/{id}/{Slug(names)}";

    public static string Slug(IReadOnlyDictionary<string, string> names) =>
        Slug(LanguageFallback.Pick(names, LanguageFallback.English)?.Text ?? "");

    /// <summary>"Bình hút lộc men rạn" → "binh-hut-loc-men-ran": diacritics folded, đ as d, at most 60 characters.</summary>
    public static string Slug(string name)
    {
        // Every listing render writes a slug per card: fold each name once (ADR 0050), within a bound.
        if (Slugs.TryGetValue(name, out var kept)) return kept;
        var slug = TextFolding.Slug(name) is { Length: > 0 } folded ? folded : "product";
        if (Slugs.Count >= MaxKeptSlugs) Slugs.Clear();
        Slugs[name] = slug;
        return slug;
    }

    private const int MaxKeptSlugs = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Slugs = new(StringComparer.Ordinal);
}
