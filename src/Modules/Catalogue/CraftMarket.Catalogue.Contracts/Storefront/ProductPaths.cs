using System.Globalization;
using System.Text;

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
        Slug(names.TryGetValue("en", out var en) ? en : names.TryGetValue("vi", out var vi) ? vi : "");

    /// <summary>"Bình hút lộc men rạn" → "binh-hut-loc-men-ran": diacritics folded, đ as d, at most 60 characters.</summary>
    public static string Slug(string name)
    {
        var folded = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(Math.Min(folded.Length, 60));
        foreach (var c in folded)
        {
            if (slug.Length >= 60) break;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "product" : text;
    }
}
