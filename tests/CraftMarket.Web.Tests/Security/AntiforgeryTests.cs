using System.Net;
using CraftMarket.Testing;
using Xunit.Abstractions;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Every POST handler of every Razor page the site maps (read from the running app, so a new page
/// is covered without editing this) refuses a form without an antiforgery token: signed in as the
/// least privileged role the page admits, the post is stopped by the antiforgery filter (400, and
/// the filter's own log line, so a 400 for another reason does not count).
/// </summary>
[Collection(SecuritySuite.Name)]
public sealed class AntiforgeryTests(SecuritySite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_POST_handler_refuses_a_form_without_an_antiforgery_token()
    {
        var callers = await site.BrowsersAsync();
        var pages = await SiteMap.PagesAsync(site.Services);
        var checkedHandlers = new List<string>();
        var failures = new List<string>();
        foreach (var page in pages)
            foreach (var handler in page.PostHandlers)
            {
                var path = SiteMap.Fill(page.Route) + (handler is null ? "" : $"?handler={handler}");
                var seen = new List<string>();
                var refused = false;
                foreach (var caller in callers)
                {
                    var before = site.AntiforgeryRefusals;
                    using var response = await caller.Client.PostAsync(path, new FormUrlEncodedContent([new("probe", "1")]));
                    var byAntiforgery = site.AntiforgeryRefusals > before;
                    seen.Add($"{caller.Who}: {(int)response.StatusCode}{(byAntiforgery ? " (antiforgery)" : "")}");
                    if (byAntiforgery && response.StatusCode == HttpStatusCode.BadRequest) { refused = true; break; }
                    if (byAntiforgery) { failures.Add($"POST {path}: antiforgery failed but the answer was {(int)response.StatusCode}"); break; }
                    // Anything but "not for you" means this caller reached the handler without a token.
                    if (!Refused(response))
                    {
                        failures.Add($"POST {path} ({page.ViewPath}) without a token, as {caller.Who}: {(int)response.StatusCode} {response.Headers.Location}");
                        break;
                    }
                }
                if (refused) checkedHandlers.Add(path);
                else if (!failures.Any(f => f.Contains(path, StringComparison.Ordinal)))
                    failures.Add($"POST {path} ({page.ViewPath}) was not reached by any role, so its antiforgery check is unproven: {string.Join("; ", seen)}");
            }

        output.WriteLine($"Refused without a token: {string.Join(", ", checkedHandlers)}");
        failures.ShouldBeEmpty();
        checkedHandlers.Count.ShouldBeGreaterThan(20, "the site's page handlers were found and reached");
    }

    [Fact]
    public async Task The_same_form_with_its_token_is_not_refused_so_the_check_above_can_fail()
    {
        var before = site.AntiforgeryRefusals;
        using var client = site.ClientFor(SecuritySite.Village);
        using var response = await client.SubmitAsync("/account/login", new Dictionary<string, string> { ["Login"] = "nobody@example.com", ["Password"] = "wrong" });
        site.AntiforgeryRefusals.ShouldBe(before);
        response.StatusCode.ShouldNotBe(HttpStatusCode.BadRequest);
        using var bare = await client.PostAsync("/account/login", new FormUrlEncodedContent([new("Login", "nobody@example.com")]));
        bare.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        site.AntiforgeryRefusals.ShouldBeGreaterThan(before, "the filter's log line is what the test above counts");
    }

    /// <summary>Sent to sign in, access denied, forbidden, or "no such page here" (a module switched off, a platform-only page).</summary>
    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location?.OriginalString is { } to
            && (to.Contains("/account/login", StringComparison.OrdinalIgnoreCase) || to.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase)));
}
