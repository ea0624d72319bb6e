using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace CraftMarket.SharedKernel.Localization;

/// <summary>
/// Interface text in the request's language (<see cref="CultureInfo.CurrentUICulture"/>, set from
/// the URL by the host), from the translations of ONE assembly: a module's views and code read
/// their module's strings through <see cref="ModuleText{TModule}"/>, the host's layout reads the
/// host's, and no module can change another's words (see docs/adr/0025-translations-per-module.md).
/// Keys are the English text itself, gettext style, so a page reads as English and a missing
/// translation shows English (<see cref="LanguageFallback"/>) rather than a key. Translations are
/// embedded resources named <c>*.i18n.{language}.json</c> (English → translation); an assembly may
/// have several (feature folders' own), and a key given two different translations in them is an
/// error, found when the texts load.
/// </summary>
public class Ui
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage;

    public Ui(Assembly owner) => byLanguage = Load(owner);

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The languages this assembly has translations for (English, the keys, not among them).</summary>
    public IReadOnlyCollection<string> Languages => byLanguage.Keys;

    public string this[string english] => Translate(english, Language);

    public string Format(string english, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Translate(english, Language), args);

    public string Translate(string english, string language)
    {
        var chosen = LanguageFallback.Pick(l => l == LanguageFallback.English || Texts(l).ContainsKey(english), language);
        return chosen is null or LanguageFallback.English ? english : Texts(chosen)[english];
    }

    /// <summary>English → translation for one language; empty when the assembly has none.</summary>
    public IReadOnlyDictionary<string, string> Texts(string language) =>
        byLanguage.TryGetValue(language, out var texts) ? texts : FrozenDictionary<string, string>.Empty;

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load(Assembly assembly)
    {
        var merged = new Dictionary<string, Dictionary<string, (string Text, string From)>>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (LanguageOf(name) is not { } language) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidDataException($"{name} in {assembly.GetName().Name} is not a JSON object of strings.");
            var target = merged.TryGetValue(language, out var existing) ? existing : merged[language] = new(StringComparer.Ordinal);
            foreach (var (english, translated) in texts)
            {
                if (target.TryGetValue(english, out var earlier) && !string.Equals(earlier.Text, translated, StringComparison.Ordinal))
                    throw new InvalidDataException(
                        $"\"{english}\" means two things in {language}: \"{earlier.Text}\" in {earlier.From} and \"{translated}\" in {name}. " +
                        "Give one of them its own key.");
                target[english] = (translated, name);
            }
        }
        return merged.ToFrozenDictionary(
            l => l.Key, l => l.Value.ToFrozenDictionary(t => t.Key, t => t.Value.Text, StringComparer.Ordinal), StringComparer.Ordinal);
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

/// <summary>
/// The interface text of the module <typeparamref name="TModule"/> belongs to (any type of that
/// assembly; each module has a marker, e.g. <c>CatalogueText</c>). A singleton per module through
/// one open-generic registration; a module's <c>_ViewImports.cshtml</c> injects its own as <c>T</c>.
/// </summary>
public sealed class ModuleText<TModule>() : Ui(typeof(TModule).Assembly);
