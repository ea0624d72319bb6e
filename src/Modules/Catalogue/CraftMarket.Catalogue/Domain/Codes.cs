using System.Text.RegularExpressions;

namespace CraftMarket.Catalogue.Domain;

/// <summary>SKUs are compared upper-case; letters, digits, dash, dot and underscore travel safely through CSV and URLs.</summary>
internal static partial class Skus
{
    public const string Rule = "A SKU has 1 to 40 letters, digits, '-', '_' or '.'.";
    public static string? Normalize(string? sku) => string.IsNullOrWhiteSpace(sku) ? null : sku.Trim().ToUpperInvariant();
    public static bool IsValid(string sku) => sku.Length <= ProductDetails.SkuMax && Pattern().IsMatch(sku);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]*$")]
    private static partial Regex Pattern();
}

/// <summary>Harmonized System codes: 6 digits worldwide, up to 10 nationally; "6913.10" and "691310" are the same code.</summary>
internal static class HsCodes
{
    public static string? Normalize(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);

    public static bool IsValid(string digits) => digits.Length is >= 6 and <= 10 && digits.All(char.IsAsciiDigit);

    public static string Display(string digits) => digits.Length <= 4 ? digits : digits.Length <= 6
        ? $"{digits[..4]}.{digits[4..]}" : $"{digits[..4]}.{digits[4..6]}.{digits[6..]}";
}
