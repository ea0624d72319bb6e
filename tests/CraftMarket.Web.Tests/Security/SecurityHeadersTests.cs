using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Walks the site's HTML pages as every role (storefront, account, admin; each page route the app
/// maps, the other GET endpoints that may answer HTML, then the links they show, one per page shape) and checks each HTML answer: a
/// Content-Security-Policy that allows no inline or eval'd script and no framing, nosniff, a
/// referrer policy; and markup the policy lets run: no inline script, no on* handler, no javascript: URL.
/// Anonymous pages are fetched twice, so a page served from the output cache is checked too.
/// </summary>
[Collection(SecuritySuite.Name)]
public sealed partial class SecurityHeadersTests(SecuritySite site, ITestOutputHelper output)
{
    private const int PerShape = 1, PerCaller = 60;

    [Fact]
    public async Task Every_HTML_page_for_every_role_has_a_strict_CSP_and_no_inline_script()
    {
        var callers = await site.BrowsersAsync();
        var pages = await SiteMap.PagesAsync(site.Services);
        var starts = pages.Select(p => SiteMap.Fill(p.Route, name => name == "code" ? "404" : null))
            .Where(p => !p.Contains("/x", StringComparison.Ordinal)).Append("/no-such-page")
            .Concat(SiteMap.OtherGetPaths(site.Services)).Distinct().ToList();
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var caller in callers)
        {
            var queue = new Queue<string>(starts);
            var shapes = new Dictionary<string, int>();
            var visited = new HashSet<string>();
            while (queue.Count > 0 && visited.Count < PerCaller)
            {
                var path = queue.Dequeue();
                var shape = Shape(path);
                if (!visited.Add(path) || shapes.GetValueOrDefault(shape) >= PerShape) continue;
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                var rounds = caller.Who.StartsWith("anonymous", StringComparison.Ordinal) ? 2 : 1;
                for (var round = 0; round < rounds; round++)
                {
                    using var response = await FollowAsync(caller.Client, path);
                    if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                    var html = await response.Content.ReadAsStringAsync();
                    checkedPages++;
                    foreach (var problem in Check(response, html)) problems.Add($"{caller.Who} GET {path} ({(int)response.StatusCode}): {problem}");
                    if (round == 0) foreach (var link in Links(html)) queue.Enqueue(link);
                }
            }
        }
        output.WriteLine($"{checkedPages} HTML answers checked, starting from {string.Join(", ", starts)}");
        problems.Distinct().ShouldBeEmpty();
        checkedPages.ShouldBeGreaterThan(150, "the walk reached the storefront, account and admin pages");
    }

    [Fact]
    public void The_checks_catch_a_weak_policy_and_inline_script()
    {
        using var weak = new HttpResponseMessage(HttpStatusCode.OK);
        weak.Headers.TryAddWithoutValidation("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'");
        var found = Check(weak, "<p><a href=\"javascript:alert(1)\" onclick=\"x()\">x</a></p><script>alert(1)</script>"
            + "<script type=\"application/ld+json\">{}</script><script src=\"/a.js\"></script>");
        found.ShouldContain(p => p.Contains("unsafe-inline", StringComparison.Ordinal));
        found.ShouldContain(p => p.Contains("frame-ancestors", StringComparison.Ordinal));
        found.ShouldContain(p => p.Contains("nosniff", StringComparison.Ordinal));
        found.ShouldContain(p => p.Contains("Referrer-Policy", StringComparison.Ordinal));
        found.ShouldContain(p => p.Contains("inline script", StringComparison.Ordinal));
        found.ShouldContain(p => p.Contains("event handler", StringComparison.Ordinal));
        found.ShouldContain(p => p.Contains("javascript:", StringComparison.Ordinal));
        found.Count(p => p.Contains("inline script", StringComparison.Ordinal)).ShouldBe(1, "JSON-LD and external scripts are fine");
    }

    /// <summary>GET, following redirects within the site (/scalar to /scalar/, a page to its language) as a browser would.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        for (var hop = 0; hop < 3 && (int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { IsAbsoluteUri: false } next; hop++)
        {
            var target = new Uri(new Uri(client.BaseAddress!, path), next).PathAndQuery;
            response.Dispose();
            response = await client.GetAsync(target);
        }
        return response;
    }

    /// <summary>Everything wrong with one HTML answer.</summary>
    internal static List<string> Check(HttpResponseMessage response, string html)
    {
        var problems = new List<string>();
        var csp = Header(response, "Content-Security-Policy");
        if (csp is null) problems.Add("no Content-Security-Policy");
        else problems.AddRange(Csp.Problems(csp));
        if (!string.Equals(Header(response, "X-Content-Type-Options"), "nosniff", StringComparison.OrdinalIgnoreCase))
            problems.Add("no X-Content-Type-Options: nosniff");
        if (Header(response, "Referrer-Policy") is not { } referrer || referrer is "unsafe-url" or "no-referrer-when-downgrade")
            problems.Add($"Referrer-Policy missing or leaky ({Header(response, "Referrer-Policy")})");
        // An inline script runs only with the response's own nonce (Scalar's generated page); none other may exist.
        var nonce = csp is null ? null : Csp.Directives(csp).GetValueOrDefault("script-src")?.FirstOrDefault(s => s.StartsWith("'nonce-", StringComparison.Ordinal));
        foreach (Match script in ScriptTag().Matches(html))
        {
            var attributes = script.Groups[1].Value;
            var admitted = nonce is not null && attributes.Contains($"nonce=\"{nonce[7..^1]}\"", StringComparison.Ordinal);
            if (!SrcAttribute().IsMatch(attributes) && !attributes.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase) && !admitted)
                problems.Add($"inline script: {Excerpt(script.Value)}");
        }
        foreach (Match handler in EventHandler().Matches(html)) problems.Add($"inline event handler: {Excerpt(handler.Value)}");
        foreach (Match url in JavascriptUrl().Matches(html)) problems.Add($"javascript: URL: {Excerpt(url.Value)}");
        return problems;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    /// <summary>Same-host links: relative paths, not files, not sign-out.</summary>
    private static IEnumerable<string> Links(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/') && !h.StartsWith("//", StringComparison.Ordinal))
            .Select(h => h.Split('#')[0])
            .Where(h => !h.StartsWith("/_content/", StringComparison.Ordinal) && !h.StartsWith("/themes/", StringComparison.Ordinal)
                && !h.StartsWith("/media/", StringComparison.Ordinal) && !h.Contains("/logout", StringComparison.OrdinalIgnoreCase)
                && !h.Contains(".csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>A page's kind: ids and slugs after an id folded, the query dropped.</summary>
    private static string Shape(string path) => Guid().Replace(path.Split('?')[0], "{id}").Split("{id}/")[0];

    private static string Excerpt(string s) => s.Length > 120 ? s[..120] : s;

    [GeneratedRegex(@"<script\b([^>]*)>", RegexOptions.IgnoreCase)] private static partial Regex ScriptTag();
    [GeneratedRegex(@"\ssrc\s*=", RegexOptions.IgnoreCase)] private static partial Regex SrcAttribute();
    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex EventHandler();
    [GeneratedRegex(@"(?:href|src|action|formaction)\s*=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)] private static partial Regex JavascriptUrl();
    [GeneratedRegex(@"\shref=""([^""]*)""", RegexOptions.IgnoreCase)] private static partial Regex Href();
    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)] private static partial Regex Guid();
}
