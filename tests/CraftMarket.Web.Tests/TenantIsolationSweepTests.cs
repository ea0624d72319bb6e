using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

/// <summary>
/// Every endpoint and page the site maps, found at run time (so new ones are covered without
/// editing this test), is called by Van Phuc's admin, by an anonymous visitor, on Van Phuc's
/// host and on Bat Trang's, with Bat Trang's real ids in the route. A freshly invited Bat Trang
/// member (never public) is the canary: its id, name or phone must never come back, and it must
/// be unchanged afterwards. Bat Trang's own admin can see it, which proves the check can fail.
/// </summary>
public sealed class TenantIsolationSweepTests(TenantIsolationSweepTests.App app) : IClassFixture<TenantIsolationSweepTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true, extra: new Dictionary<string, string?>
    {
        // The sweep signs in several times; the per-IP sign-in limit is tested elsewhere.
        ["CraftMarket:Identity:SignInPerMinute"] = "1000",
        ["CraftMarket:Identity:PhoneCodePerMinute"] = "1000",
    });

    private sealed record Canary(string Id, string Name, string PhoneE164);

    [Fact]
    public async Task Van_Phuc_can_never_read_or_change_Bat_Trang_data_through_any_endpoint_or_page()
    {
        var batTrangAdmin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        var canary = await InviteCanary(batTrangAdmin);
        (await Body(await batTrangAdmin.GetAsync($"/api/members/{canary.Id}"))).ShouldContain(canary.Name, customMessage: "sanity: the owner sees it");

        var callers = new (string Who, HttpClient Client)[]
        {
            ("Van Phuc admin on van-phuc", await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("van-phuc"))),
            ("Van Phuc admin on bat-trang", await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("van-phuc"))),
            ("anonymous on van-phuc", app.ClientFor("van-phuc")),
            ("anonymous on bat-trang", app.ClientFor("bat-trang")),
            ("buyer on bat-trang", await app.ClientFor("bat-trang").SignedInAs("buyer@homeware.example")),
        };

        var calls = 0;
        var leaks = new List<string>();
        foreach (var (method, path) in Routes(canary.Id))
            foreach (var (who, client) in callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH") request.Content = ChangeAttempt();
                var response = await client.SendAsync(request);
                var body = await Body(response);
                calls++;
                if (body.Contains(canary.Id, StringComparison.OrdinalIgnoreCase) || body.Contains(canary.Name, StringComparison.Ordinal)
                    || body.Contains(canary.PhoneE164[3..], StringComparison.Ordinal))
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} leaked the canary");
                if (path.Contains(canary.Id, StringComparison.Ordinal) && method != "GET" && response.IsSuccessStatusCode)
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} accepted a change to another association's member");
            }

        leaks.ShouldBeEmpty();
        calls.ShouldBeGreaterThan(50, "the sweep found the site's endpoints");
        var after = JsonDocument.Parse(await Body(await batTrangAdmin.GetAsync($"/api/members/{canary.Id}"))).RootElement;
        after.GetProperty("displayName").GetString().ShouldBe(canary.Name);
        after.GetProperty("status").GetString().ShouldBe("Invited");
    }

    private async Task<Canary> InviteCanary(HttpClient admin)
    {
        var name = "Hộ Canary " + Guid.NewGuid().ToString("N")[..6];
        var response = await admin.PostAsJsonAsync("/api/members", new
        {
            kind = "Household", displayName = name, representativeName = "Nguyễn Văn Canary", phone = "0919 773 101",
            commune = "Bát Tràng, Gia Lâm, Hà Nội", canSignContracts = false,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await Body(response));
        var id = JsonDocument.Parse(await Body(response)).RootElement.GetProperty("id").GetString()!;
        return new Canary(id, name, "+84919773101");
    }

    /// <summary>Each mapped route with its parameters filled: ids with the canary's id, anything else with a plausible word.</summary>
    private IEnumerable<(string Method, string Path)> Routes(string canaryId)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var seen = new HashSet<string>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.RawText is null || pattern.RawText.StartsWith("/_status", StringComparison.Ordinal)) continue;
            var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.Name.Contains("id", StringComparison.OrdinalIgnoreCase) => canaryId,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "v1",
                _ => "",
            }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
                if (seen.Add($"{method} {path}")) yield return (method, path);
        }
    }

    /// <summary>A body that would rename the member if a handler ever reached it.</summary>
    private static StringContent ChangeAttempt() => new(JsonSerializer.Serialize(new
    {
        kind = "Household", displayName = "Taken over", representativeName = "Attacker", phone = "0919 773 999",
        commune = "Vạn Phúc", canSignContracts = false, reason = "test",
    }), Encoding.UTF8, "application/json");

    private static async Task<string> Body(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
