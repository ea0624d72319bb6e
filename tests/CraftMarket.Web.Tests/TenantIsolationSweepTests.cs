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
/// A Bat Trang draft product and category play the same part for catalogue routes: product and
/// category ids in routes are theirs, so those handlers are reached with real foreign ids.
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
    private sealed record DraftProduct(string Id, string NameVi, string Sku, string CategoryId);
    private sealed record StaffCanary(string UserId, string Name, string Email);

    [Fact]
    public async Task Van_Phuc_can_never_read_or_change_Bat_Trang_data_through_any_endpoint_or_page()
    {
        var batTrangAdmin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        var canary = await InviteCanary(batTrangAdmin);
        (await Body(await batTrangAdmin.GetAsync($"/api/members/{canary.Id}"))).ShouldContain(canary.Name, customMessage: "sanity: the owner sees it");
        var draft = await PlantDraft(batTrangAdmin);
        (await Body(await batTrangAdmin.GetAsync($"/api/catalogue/products/{draft.Id}"))).ShouldContain(draft.Sku, customMessage: "sanity: the owner sees it");
        var staff = await HireStaffCanary(batTrangAdmin);
        (await Body(await batTrangAdmin.GetAsync("/api/identity/staff"))).ShouldContain(staff.Email, customMessage: "sanity: the owner sees it");

        var vanPhucAdmin = Auth.AssociationAdmin("van-phuc");
        var callers = new (string Who, HttpClient Client, string Prefix, bool Cookie)[]
        {
            ("Van Phuc admin on van-phuc", await app.ClientFor("van-phuc").SignedInAs(vanPhucAdmin), "", false),
            ("Van Phuc admin on bat-trang", await app.ClientFor("bat-trang").SignedInAs(vanPhucAdmin), "", false),
            ("Van Phuc admin, path form /v/bat-trang", await app.ClientFor(null).SignedInAs(vanPhucAdmin), "/v/bat-trang", false),
            ("Van Phuc admin's browser on van-phuc", await app.ClientFor("van-phuc").SignedInWithCookie(vanPhucAdmin), "", true),
            ("Van Phuc admin's browser on bat-trang", await app.ClientFor("bat-trang").SignedInWithCookie(vanPhucAdmin), "", true),
            // Path form: one cookie for every association on the platform host.
            ("Van Phuc admin's browser, path form", await app.ClientFor(null).SignedInWithCookie(vanPhucAdmin), "/v/bat-trang", true),
            ("anonymous on van-phuc", app.ClientFor("van-phuc"), "", false),
            ("anonymous on bat-trang", app.ClientFor("bat-trang"), "", false),
            ("buyer on bat-trang", await app.ClientFor("bat-trang").SignedInAs("buyer@homeware.example"), "", false),
        };
        var tokens = new Dictionary<string, string>();
        foreach (var caller in callers.Where(c => c.Cookie))
            tokens[caller.Who] = Forms.Antiforgery(await caller.Client.GetStringAsync(caller.Prefix + "/"));

        var calls = 0;
        var formsPastAntiforgery = 0;
        var leaks = new List<string>();
        var productCalls = 0;
        foreach (var (method, route) in Routes(canary.Id, draft, staff))
            foreach (var (who, client, prefix, cookie) in callers)
            foreach (var path in Attempts(method, prefix + route, cookie))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT" or "PATCH")
                    request.Content = cookie && !route.StartsWith("/api", StringComparison.Ordinal) ? FormChangeAttempt(tokens[who], staff.UserId) : ChangeAttempt();
                var response = await client.SendAsync(request);
                var body = await Body(response);
                calls++;
                if (path.Contains(draft.Id, StringComparison.Ordinal)) productCalls++;
                if (body.Contains(draft.Id, StringComparison.OrdinalIgnoreCase) || body.Contains(draft.NameVi, StringComparison.Ordinal)
                    || body.Contains(draft.Sku, StringComparison.OrdinalIgnoreCase))
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} leaked the draft product");
                if ((path.Contains(draft.Id, StringComparison.Ordinal) || path.Contains(draft.CategoryId, StringComparison.Ordinal))
                    && method != "GET" && response.IsSuccessStatusCode)
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} accepted a change to another association's catalogue");
                if (cookie && method == "POST" && !route.StartsWith("/api", StringComparison.Ordinal) && response.StatusCode != HttpStatusCode.BadRequest)
                    formsPastAntiforgery++;
                if (body.Contains(canary.Id, StringComparison.OrdinalIgnoreCase) || body.Contains(canary.Name, StringComparison.Ordinal)
                    || body.Contains(canary.PhoneE164[3..], StringComparison.Ordinal))
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} leaked the canary");
                if (path.Contains(canary.Id, StringComparison.Ordinal) && method != "GET" && response.IsSuccessStatusCode)
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} accepted a change to another association's member");
                if (body.Contains(staff.UserId, StringComparison.OrdinalIgnoreCase) || body.Contains(staff.Email, StringComparison.OrdinalIgnoreCase)
                    || body.Contains(staff.Name, StringComparison.Ordinal))
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} leaked the staff canary");
                if (path.Contains(staff.UserId, StringComparison.Ordinal) && method != "GET" && response.IsSuccessStatusCode)
                    leaks.Add($"{who}: {method} {path} -> {(int)response.StatusCode} accepted a change to another association's staff");
            }

        leaks.ShouldBeEmpty();
        calls.ShouldBeGreaterThan(300, "the sweep found the site's endpoints");
        productCalls.ShouldBeGreaterThan(50, "catalogue and media routes were called with the foreign product's id");
        formsPastAntiforgery.ShouldBeGreaterThan(20, "page handlers were really reached, not stopped by antiforgery");
        var after = JsonDocument.Parse(await Body(await batTrangAdmin.GetAsync($"/api/members/{canary.Id}"))).RootElement;
        after.GetProperty("displayName").GetString().ShouldBe(canary.Name);
        after.GetProperty("status").GetString().ShouldBe("Invited");
        var product = JsonDocument.Parse(await Body(await batTrangAdmin.GetAsync($"/api/catalogue/products/{draft.Id}"))).RootElement;
        product.GetProperty("status").GetString().ShouldBe("Draft");
        product.GetProperty("name").GetProperty("vi").GetString().ShouldBe(draft.NameVi);
        var staffAfter = JsonDocument.Parse(await Body(await batTrangAdmin.GetAsync("/api/identity/staff"))).RootElement;
        staffAfter.EnumerateArray().Single(s => s.GetProperty("userId").GetString() == staff.UserId)
            .GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["inspector"]);
        var categories = await Body(await batTrangAdmin.GetAsync("/api/catalogue/categories"));
        JsonDocument.Parse(categories).RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == draft.CategoryId)
            .GetProperty("retired").GetBoolean().ShouldBeFalse();
    }

    /// <summary>A Bat Trang draft (never public) by one of its active members, in one of its categories.</summary>
    private async Task<DraftProduct> PlantDraft(HttpClient admin)
    {
        var categories = JsonDocument.Parse(await Body(await admin.GetAsync("/api/catalogue/categories"))).RootElement;
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString()!;
        var members = JsonDocument.Parse(await Body(await admin.GetAsync("/api/members?pageSize=100"))).RootElement;
        var maker = members.GetProperty("items").EnumerateArray().First(m => m.GetProperty("status").GetString() == "Active").GetProperty("id").GetString();
        var name = "Bình canary " + Guid.NewGuid().ToString("N")[..6];
        var sku = "CANARY-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var response = await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category, sku, name = new { vi = name }, description = new { vi = "Sản phẩm nháp, không công khai." },
            basePriceVnd = 250000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { maker },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await Body(response));
        return new DraftProduct(JsonDocument.Parse(await Body(response)).RootElement.GetProperty("id").GetString()!, name, sku, category);
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

    /// <summary>A Bat Trang inspector hired through an e-mailed staff invitation (read from the dev mailbox).</summary>
    private async Task<StaffCanary> HireStaffCanary(HttpClient admin)
    {
        var email = $"staff-canary-{Guid.NewGuid():N}@example.com";
        var name = "Nhân sự Canary " + Guid.NewGuid().ToString("N")[..6];
        var invited = await admin.PostAsJsonAsync("/api/identity/staff/invitations", new { email, roles = new[] { "inspector" } });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await Body(invited));
        var mail = await DevMail.WaitForAsync(app, email);
        var token = System.Text.RegularExpressions.Regex.Match(mail.Body, "token=([A-Za-z0-9_%-]+)").Groups[1].Value;
        var accepted = await app.ClientFor("bat-trang").PostAsJsonAsync("/api/auth/staff-invitations/accept",
            new { token = Uri.UnescapeDataString(token), displayName = name, password = "a long canary passphrase" });
        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent, await Body(accepted));
        var staff = JsonDocument.Parse(await Body(await admin.GetAsync("/api/identity/staff"))).RootElement;
        var userId = staff.EnumerateArray().Single(s => s.GetProperty("email").GetString() == email).GetProperty("userId").GetString()!;
        return new StaffCanary(userId, name, email);
    }

    /// <summary>Each mapped route with its parameters filled: ids with the canary's id, anything else with a plausible word.</summary>
    private IEnumerable<(string Method, string Path)> Routes(string canaryId, DraftProduct draft, StaffCanary staff)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var seen = new HashSet<string>();
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.RawText is null || pattern.RawText.StartsWith("/_status", StringComparison.Ordinal)) continue;
            // Catalogue (and media) routes get the foreign draft's or category's id; every other id is the canary member's.
            var id = pattern.RawText.Contains("product", StringComparison.OrdinalIgnoreCase) ? draft.Id
                : pattern.RawText.Contains("categor", StringComparison.OrdinalIgnoreCase) ? draft.CategoryId
                : pattern.RawText.Contains("staff", StringComparison.OrdinalIgnoreCase) ? staff.UserId : canaryId;
            var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.Name.Contains("id", StringComparison.OrdinalIgnoreCase) => id,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "v1",
                _ => "",
            }))));
            // Pages answer GET and POST (their handlers); API endpoints declare their methods.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
                if (seen.Add($"{method} {path}")) yield return (method, path);
        }
    }

    /// <summary>Page POSTs are tried with the handler names our pages use; API calls once.</summary>
    private static IEnumerable<string> Attempts(string method, string path, bool cookie) =>
        method == "POST" && cookie && !path.Contains("/api/", StringComparison.Ordinal)
            ? new[] { "", "save", "deactivate", "activate", "reactivate", "suspend", "invite", "roles", "remove" }.Select(h => h.Length == 0 ? path : $"{path}?handler={h}")
            : [path];

    /// <summary>The same attempt as a browser form post, with a valid antiforgery token for that browser.</summary>
    private static FormUrlEncodedContent FormChangeAttempt(string token, string staffUserId) => new(new Dictionary<string, string>
    {
        ["UserId"] = staffUserId, ["NewRoles"] = "association-admin",
        ["__RequestVerificationToken"] = token, ["Form.Kind"] = "Household", ["Form.DisplayName"] = "Taken over",
        ["Form.RepresentativeName"] = "Attacker", ["Form.Phone"] = "0919 773 999", ["Form.Commune"] = "Vạn Phúc", ["reason"] = "test",
    });

    /// <summary>A body that would rename the member if a handler ever reached it.</summary>
    private static StringContent ChangeAttempt() => new(JsonSerializer.Serialize(new
    {
        kind = "Household", displayName = "Taken over", representativeName = "Attacker", phone = "0919 773 999",
        commune = "Vạn Phúc", canSignContracts = false, reason = "test",
    }), Encoding.UTF8, "application/json");

    private static async Task<string> Body(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();
}
