using CraftMarket.Testing;
using Xunit.Abstractions;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// The cookie counterpart of <see cref="CrossAssociationTokenTests"/>: Van Phuc's staff and producer
/// sign in on Van Phuc, and their cookies (with a valid form token) are replayed on Bat Trang's host,
/// on every page (GET and each POST handler) and every /api endpoint the site maps. Each answer is a
/// refusal (sign-in, access denied, 401/403/404, antiforgery) or no better than a buyer's there; no
/// canary is shown and none changes.
/// </summary>
[Collection(SecuritySuite.Name)]
public sealed class CrossAssociationCookieTests(SecuritySite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Another_associations_cookies_are_refused_on_every_page_and_endpoint()
    {
        var owner = await site.ClientFor(SecuritySite.Village).SignedInAs(Auth.AssociationAdmin(SecuritySite.Village));
        var canaries = await Canaries.PlantAsync(site, owner);
        var buyer = await CookieJar.SignInAsync(site, SecuritySite.Village, "buyer@decor.example");
        var foreign = new List<(string Who, CookieJar Jar)>();
        foreach (var (who, login) in CrossAssociationTokenTests.VanPhuc)
            foreign.Add(($"{who}'s cookie", await CookieJar.SignInAsync(site, SecuritySite.Other, login)));
        using var batTrang = CookieJar.Client(site, SecuritySite.Village);

        var calls = new List<(string Method, string Path, bool Form)>();
        foreach (var page in await SiteMap.PagesAsync(site.Services))
        {
            var path = SiteMap.Fill(page.Route, name => canaries.ValueFor(page.Route.RawText ?? "", name));
            calls.Add(("GET", path, false));
            calls.AddRange(page.PostHandlers.Select(h => ("POST", h is null ? path : $"{path}?handler={h}", true)));
        }
        calls.AddRange(SiteMap.ApiEndpoints(site.Services).Select(api =>
            (api.Method, SiteMap.Fill(api.Route, name => canaries.ValueFor(api.Route.RawText!, name)), false)));
        // Sign-out would end the foreign sessions halfway: its own antiforgery test covers it.
        calls.RemoveAll(c => c.Path.Contains("logout", StringComparison.OrdinalIgnoreCase));

        var failures = new List<string>();
        var refused = 0;
        foreach (var (method, path, form) in calls)
        {
            using var baseline = await buyer.SendAsync(batTrang, Request(method, path, form, buyer.FormToken));
            var baselineBody = await baseline.Content.ReadAsStringAsync();
            if (canaries.Leak(baselineBody) is { } buyerLeak) failures.Add($"buyer: {method} {path} -> {(int)baseline.StatusCode} showed {buyerLeak}");
            foreach (var (who, jar) in foreign)
            {
                var before = site.AntiforgeryRefusals;
                using var response = await jar.SendAsync(batTrang, Request(method, path, form, jar.FormToken));
                var body = await response.Content.ReadAsStringAsync();
                if (canaries.Leak(body) is { } leak) failures.Add($"{who}: {method} {path} -> {(int)response.StatusCode} showed {leak}");
                if (CookieJar.Refused(response) || site.AntiforgeryRefusals > before) refused++;
                else if (response.StatusCode != baseline.StatusCode || response.Headers.Location != baseline.Headers.Location)
                    failures.Add($"{who}: {method} {path} -> {(int)response.StatusCode} {response.Headers.Location}, where a buyer gets {(int)baseline.StatusCode} {baseline.Headers.Location}");
            }
        }

        // Sanity: the same replay with Bat Trang's own admin cookie shows the canaries, so the checks above can fail.
        var ownerJar = await CookieJar.SignInAsync(site, SecuritySite.Village, Auth.AssociationAdmin(SecuritySite.Village));
        var ownerSaw = 0;
        foreach (var (method, path, _) in calls.Where(c => c.Method == "GET" && !c.Path.StartsWith("/api", StringComparison.Ordinal)))
        {
            using var response = await ownerJar.SendAsync(batTrang, Request(method, path, false, ""));
            if (canaries.Leak(await response.Content.ReadAsStringAsync()) is not null) ownerSaw++;
        }
        output.WriteLine($"{calls.Count} routes, {refused} refusals; the owner's cookie saw canaries on {ownerSaw} pages");
        ownerSaw.ShouldBeGreaterThanOrEqualTo(3, "the owner sees its member, product and glossary pages");
        failures.ShouldBeEmpty();
        refused.ShouldBeGreaterThan(150, "the pages and endpoints were reached");
        await canaries.ShouldBeUntouchedAsync(owner);
    }

    private static HttpRequestMessage Request(string method, string path, bool form, string token)
    {
        if (!form) return CrossAssociationTokenTests.Request(method, path);
        return new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Form.Kind"] = "Household", ["Form.DisplayName"] = "Taken over",
                ["Form.RepresentativeName"] = "Attacker", ["Form.Phone"] = "0919 773 999", ["Form.Commune"] = "Vạn Phúc",
                ["Terms"] = "taken, over", ["Id"] = path, ["reason"] = "test", ["comment"] = "test",
            }),
        };
    }
}
