using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CraftMarket.SharedKernel.Localization;

/// <summary>
/// Interface text in the request's language (<see cref="CultureInfo.CurrentUICulture"/>, set from
/// the URL by the host). Keys are the English text itself, gettext style, so a page reads as
/// English and a missing translation shows English rather than a key. Each module ships its own
/// translations as embedded resources named <c>*.i18n.{language}.json</c> (English → translation).
/// </summary>
public sealed class Ui
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage;

    public Ui(IEnumerable<Assembly> modules) => byLanguage = Load(modules);

    /// <summary>Every CraftMarket assembly loaded in the process: modules register nothing to be translated.</summary>
    public static Ui FromLoadedModules() =>
        new(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("CraftMarket.", StringComparison.Ordinal) == true));

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public string this[string english] => Translate(english, Language);

    public string Format(string english, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Translate(english, Language), args);

    public string Translate(string english, string language) =>
        byLanguage.TryGetValue(language, out var texts) && texts.TryGetValue(english, out var text) ? text : english;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load(IEnumerable<Assembly> assemblies)
    {
        var merged = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (LanguageOf(name) is not { } language) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidDataException($"{name} in {assembly.GetName().Name} is not a JSON object of strings.");
            var target = merged.TryGetValue(language, out var existing) ? existing : merged[language] = new(StringComparer.Ordinal);
            foreach (var (english, translated) in texts) target[english] = translated;
        }
        return merged.ToFrozenDictionary(l => l.Key, l => l.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>"CraftMarket.Catalogue.i18n.vi.json" → "vi".</summary>
    private static string? LanguageOf(string resourceName)
    {
        const string marker = ".i18n.";
        var at = resourceName.LastIndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || !resourceName.EndsWith(".json", StringComparison.Ordinal)) return null;
        return resourceName[(at + marker.Length)..^".json".Length];
    }
}
