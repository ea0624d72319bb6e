using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// Listens, in every document of a page, for what the browser reports when the Content-Security-Policy
/// blocks something (securitypolicyviolation events), and for script errors and console errors.
/// The listener is installed through the DevTools protocol, which the site's CSP does not govern.
/// </summary>
internal sealed class CspWatch
{
    private const string Listener = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${(e.sample || '').slice(0, 60)})`));
        """;

    private readonly List<string> errors = [];
    private readonly IPage page;

    private CspWatch(IPage page)
    {
        this.page = page;
        page.PageError += (_, e) => errors.Add($"script error: {e}");
        // Every host serves its favicon now (ADR 72): a 404 for it is an error like any other.
        page.Console += (_, m) => { if (m.Type == "error") errors.Add($"console: {m.Text}"); };
    }

    public static async Task<CspWatch> StartAsync(IPage page)
    {
        await page.Context.AddInitScriptAsync(Listener);
        return new CspWatch(page);
    }

    /// <summary>What was reported since the last call, for the document now loaded.</summary>
    public async Task<IReadOnlyList<string>> TakeAsync()
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        var all = violations.Select(v => $"CSP violation: {v}").Concat(errors).ToList();
        errors.Clear();
        return all;
    }
}
