using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CraftMarket.Testing;
using Xunit.Abstractions;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Van Phuc's staff and producer tokens, used on Bat Trang's host, on every /api endpoint the site
/// maps (found at run time), with Bat Trang's real ids in the route: each answer is 401, 403 or 404,
/// or no better than what an account with no association at all gets there (a buyer: public reads,
/// the caller's own account); no answer carries Bat Trang's canaries, and none of them changes.
/// Bat Trang's own admin reads the canaries through the same routes, which proves the check can fail.
/// </summary>
[Collection(SecuritySuite.Name)]
public sealed class CrossAssociationTokenTests(SecuritySite site, ITestOutputHelper output)
{
    public static readonly IReadOnlyList<(string Who, string Login)> VanPhuc =
    [
        ("Van Phuc admin", Auth.AssociationAdmin(SecuritySite.Other)),
        ("Van Phuc export desk", $"export@{SecuritySite.Other}.craftmarket.local"),
        ("Van Phuc inspector", $"inspector@{SecuritySite.Other}.craftmarket.local"),
        ("Van Phuc producer", SecuritySite.VanPhucProducer),
    ];

    [Fact]
    public async Task Another_associations_bearer_tokens_are_refused_on_every_api_endpoint()
    {
        var owner = await Bearer(await site.TokenAsync(Auth.AssociationAdmin(SecuritySite.Village), SecuritySite.Village));
        var canaries = await Canaries.PlantAsync(site, owner);
        var buyerLogin = "buyer@decor.example";
        var buyer = await Bearer(await site.TokenAsync(buyerLogin, SecuritySite.Village));
        var foreign = new List<(string Who, string Login, HttpClient Client)>();
        foreach (var (who, login) in VanPhuc) foreign.Add((who, login, await Bearer(await site.TokenAsync(login, SecuritySite.Other))));

        var failures = new List<string>();
        var refused = 0;
        var ownerSaw = 0;
        foreach (var api in SiteMap.ApiEndpoints(site.Services))
        {
            var path = SiteMap.Fill(api.Route, name => canaries.ValueFor(api.Route.RawText!, name));
            if (api.Method == "GET" && canaries.Leak(await Body(await owner.SendAsync(Request(api.Method, path)))) is not null) ownerSaw++;
            var baseline = await Call(buyer, buyerLogin, null, api.Method, path);
            if (canaries.Leak(baseline.Body) is { } buyerLeak) failures.Add($"buyer: {api.Method} {path} -> {baseline.Status} showed {buyerLeak}");
            foreach (var (who, login, client) in foreign)
            {
                var (status, body) = await Call(client, login, SecuritySite.Other, api.Method, path);
                if (canaries.Leak(body) is { } leak) failures.Add($"{who}: {api.Method} {path} -> {status} showed {leak}");
                if (status is 401 or 403 or 404) refused++;
                else if (status != baseline.Status)
                    failures.Add($"{who}: {api.Method} {path} -> {status}, where an account with no association gets {baseline.Status}");
            }
        }

        output.WriteLine($"{refused} refusals; the owner saw canaries through {ownerSaw} GET routes");
        failures.ShouldBeEmpty();
        ownerSaw.ShouldBeGreaterThanOrEqualTo(4, "sanity: the owner reads its member, product, glossary and accounts through these routes");
        refused.ShouldBeGreaterThan(100, "the sweep reached the association's endpoints");
        await canaries.ShouldBeUntouchedAsync(owner);
    }

    /// <summary>
    /// Calls the endpoint. A 401 is double-checked: if an earlier call ended the token (sign-out,
    /// session revocation), a fresh one is taken and the call repeated, so no refusal is only an expired token's.
    /// </summary>
    private async Task<(int Status, string Body)> Call(HttpClient client, string login, string? home, string method, string path)
    {
        using var response = await client.SendAsync(Request(method, path));
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            using var check = await client.GetAsync("/api/auth/me");
            if (check.StatusCode == HttpStatusCode.Unauthorized)
            {
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await site.TokenAsync(login, home ?? SecuritySite.Village));
                using var again = await client.SendAsync(Request(method, path));
                return ((int)again.StatusCode, await Body(again));
            }
        }
        return ((int)response.StatusCode, await Body(response));
    }

    private async Task<HttpClient> Bearer(string token)
    {
        var client = site.ClientFor(SecuritySite.Village);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Task.FromResult(client);
    }

    /// <summary>A write carries a body that would rename or re-state the record if a handler ever took it.</summary>
    internal static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "POST" or "PUT" or "PATCH"
            ? new StringContent("""
                {"kind":"Household","displayName":"Taken over","representativeName":"Attacker","phone":"0919 773 999","commune":"Vạn Phúc",
                 "canSignContracts":false,"terms":["taken","over"],"name":{"vi":"Taken over","en":"Taken over"},"comment":"test","reason":"test"}
                """, Encoding.UTF8, "application/json")
            : null,
    };

    private static async Task<string> Body(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
