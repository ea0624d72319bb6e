namespace CraftMarket.Web.Tests.Security;

/// <summary>Reads a Content-Security-Policy header the way a browser applies it to scripts and framing.</summary>
internal static class Csp
{
    public static Dictionary<string, string[]> Directives(string header) =>
        header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(parts => parts[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1..]);   // a repeated directive is ignored by browsers

    public static IEnumerable<string> Problems(string header)
    {
        var d = Directives(header);
        // script-src-elem / -attr fall back to script-src, which falls back to default-src.
        var script = d.GetValueOrDefault("script-src") ?? d.GetValueOrDefault("default-src");
        if (script is null) yield return "CSP does not restrict scripts (no script-src or default-src)";
        foreach (var name in new[] { "script-src", "script-src-elem", "script-src-attr", "default-src" })
        {
            if (d.GetValueOrDefault(name) is not { } sources) continue;
            if (name == "default-src" && d.ContainsKey("script-src")) continue;
            foreach (var bad in sources.Where(s => s is "'unsafe-inline'" or "'unsafe-eval'" or "'unsafe-hashes'" or "*" or "data:" or "http:" or "https:"
                || s.StartsWith("'wasm-unsafe", StringComparison.Ordinal)))
                yield return $"CSP {name} allows {bad}";
        }
        if (d.GetValueOrDefault("object-src") is not ["'none'"]) yield return "CSP object-src is not 'none'";
        if (!d.ContainsKey("base-uri")) yield return "CSP has no base-uri";
        if (d.GetValueOrDefault("frame-ancestors") is not (["'none'"] or ["'self'"])) yield return "CSP frame-ancestors is not 'none' or 'self'";
    }
}
