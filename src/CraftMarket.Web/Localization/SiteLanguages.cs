using System.Collections.Frozen;
using System.Globalization;

namespace CraftMarket.Web.Localization;

/// <summary>The interface languages the platform has translations for, and what the platform host offers.</summary>
internal static class SiteLanguages
{
    public const string PlatformDefault = "en";
    public const string LanguageCookie = "cm-lang";
    public const string CurrencyCookie = "cm-currency";
    public const string CurrencyQuery = "currency";

    /// <summary>The platform host (no association) speaks every language we translate into.</summary>
    public static readonly IReadOnlyList<string> Platform = ["en", "vi", "fr", "ja"];

    /// <summary>Each language's own name, as a switcher should show it.</summary>
    public static readonly FrozenDictionary<string, string> NativeNames = new Dictionary<string, string>
    {
        ["vi"] = "Tiếng Việt", ["en"] = "English", ["fr"] = "Français", ["ja"] = "日本語",
    }.ToFrozenDictionary();

    /// <summary>Specific cultures, so numbers and dates follow the reader's conventions.</summary>
    private static readonly FrozenDictionary<string, CultureInfo> Cultures = new Dictionary<string, CultureInfo>
    {
        ["vi"] = CultureInfo.GetCultureInfo("vi-VN"), ["en"] = CultureInfo.GetCultureInfo("en-US"),
        ["fr"] = CultureInfo.GetCultureInfo("fr-FR"), ["ja"] = CultureInfo.GetCultureInfo("ja-JP"),
    }.ToFrozenDictionary();

    public static CultureInfo CultureOf(string language) =>
        Cultures.GetValueOrDefault(language) ?? CultureInfo.GetCultureInfo(language);

    public static string NameOf(string language) => NativeNames.GetValueOrDefault(language) ?? language;

    /// <summary>The currency a reader of this language most likely thinks in, when the association offers it.</summary>
    public static string? PreferredCurrency(string language) => language switch
    {
        "en" => "USD",
        "fr" => "EUR",
        "ja" => "JPY",
        _ => null,
    };
}
