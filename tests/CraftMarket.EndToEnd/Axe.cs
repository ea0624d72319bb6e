using System.Text.Json;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// Runs axe-core (npm, installed by scripts/test.sh into this project's node_modules) inside the
/// page against the WCAG 2.0-2.2 A and AA rules, and reports every violation with its nodes.
/// The script is evaluated through the DevTools protocol, which the site's CSP does not govern,
/// so the pages are checked exactly as buyers get them.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(LiveSite.RepositoryRoot, "tests", "CraftMarket.EndToEnd", "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException("axe-core is missing: run `npm ci --prefix tests/CraftMarket.EndToEnd` (scripts/test.sh does).", path);
    });

    private const string Run = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)
          })));
        }
        """;

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var json = await page.EvaluateAsync<string>(Run);
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()}\n    " +
            string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))];
    }

    /// <summary>Fails with the full list, so one run shows every problem on the page.</summary>
    public static async Task ShouldHaveNoViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page);
        violations.ShouldBeEmpty($"axe-core found WCAG 2.2 AA violations on {what} ({page.Url}):\n" + string.Join("\n", violations));
    }
}
