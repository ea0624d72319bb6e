using System.Collections.Frozen;
using System.Text.Json;

namespace CraftMarket.Web.Theming;

/// <summary>A theme from themes/{name}/theme.json.</summary>
internal sealed record ThemeManifest(string Name, string? BaseTheme, string[] Stylesheets);

/// <summary>
/// Reads every theme.json once at start. A theme's chain runs from the root (base) to itself, so
/// stylesheets cascade base first and a child overrides what it needs.
/// </summary>
internal sealed class ThemeRegistry
{
    public const string BaseTheme = "base";
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web);
    private readonly FrozenDictionary<string, IReadOnlyList<ThemeManifest>> chains;

    public ThemeRegistry(string themesRoot)
    {
        Root = themesRoot;
        var manifests = Directory.Exists(themesRoot)
            ? Directory.GetDirectories(themesRoot)
                .Select(d => Path.Combine(d, "theme.json"))
                .Where(File.Exists)
                .Select(f => JsonSerializer.Deserialize<ThemeManifest>(File.ReadAllText(f), ManifestJson)!)
                .ToDictionary(m => m.Name)
            : [];
        chains = manifests.Values.ToFrozenDictionary(m => m.Name, m => Chain(m, manifests));
    }

    public string Root { get; }
    public IEnumerable<string> Names => chains.Keys;

    /// <summary>The chain for a theme name; an unknown or missing theme falls back to base.</summary>
    public IReadOnlyList<ThemeManifest> ChainFor(string? name) =>
        chains.GetValueOrDefault(name ?? BaseTheme) ?? chains.GetValueOrDefault(BaseTheme) ?? [];

    private static IReadOnlyList<ThemeManifest> Chain(ThemeManifest theme, Dictionary<string, ThemeManifest> all)
    {
        var chain = new List<ThemeManifest>();
        for (var t = theme; t is not null && !chain.Contains(t); t = t.BaseTheme is { } b ? all.GetValueOrDefault(b) : null)
            chain.Insert(0, t);
        return chain;
    }
}
