using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>
/// Per-association module switches through the real site (ADR 26): the platform admin switches
/// search and the member directory off for Van Phuc; there, on every form of address, their pages
/// and APIs answer 404 and their links are gone, while Bat Trang keeps them; switched on, all is back.
/// </summary>
public sealed class ModuleSwitchTests(ModuleSwitchTests.App app) : IClassFixture<ModuleSwitchTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true);

    private const string VanPhucHost = "vanphuc.example.vn";

    /// <summary>Subdomain, path form on the platform host, custom host: (Host header, path prefix).</summary>
    private static readonly (string Host, string Prefix)[] VanPhucAddresses =
        [("van-phuc.localhost", ""), ("localhost", "/v/van-phuc"), (VanPhucHost, "")];

    private static readonly string[] SwitchablePages = ["/search?q=lua", "/members"];
    private static readonly string[] SwitchableApis = ["/api/search?q=lua", "/api/public/members"];

    [Fact]
    public async Task A_switched_off_module_is_gone_for_that_association_only_and_comes_back_when_switched_on()
    {
        var platform = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        var (id, settings) = await VanPhuc(platform);
        settings["modules"]!["search"]!.GetValue<bool>().ShouldBeTrue("existing associations run every module");
        settings["modules"]!["member-directory"]!.GetValue<bool>().ShouldBeTrue();

        settings["hostNames"] = new JsonArray(VanPhucHost);   // so the custom-host form can be checked too
        settings["modules"] = new JsonObject { ["search"] = false, ["member-directory"] = false };
        (await platform.PutAsJsonAsync($"/api/platform/tenants/{id}", settings)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, stored) = await VanPhuc(platform);
        stored["modules"]!["search"]!.GetValue<bool>().ShouldBeFalse();
        stored["modules"]!["member-directory"]!.GetValue<bool>().ShouldBeFalse();

        foreach (var (host, prefix) in VanPhucAddresses)
        {
            var client = Client(host);
            foreach (var page in SwitchablePages)
                (await client.GetAsync(prefix + page)).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{host}{prefix}{page}");
            foreach (var api in SwitchableApis)
            {
                var response = await client.GetAsync(prefix + api);
                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{host}{prefix}{api}");
                response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            }
            var home = await client.GetStringAsync(prefix + "/");
            home.ShouldNotContain($"href=\"{prefix}/members\"", customMessage: $"{host}: no menu link or button to the directory");
            home.ShouldNotContain("class=\"site-search\"", customMessage: $"{host}: no search box");
            home.ShouldContain($"href=\"{prefix}/products\"", customMessage: "the catalogue is core and stays");
        }

        // Staff are refused as anybody: the glossary page is not there, rather than forbidden.
        var staff = await Client("van-phuc.localhost").SignedInWithCookie(Auth.AssociationAdmin("van-phuc"));
        (await staff.GetAsync("/admin/glossary")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.GetStringAsync("/")).ShouldContain("href=\"/admin/members\"", customMessage: "managing members is not the public directory");

        await ShouldServeEverything("bat-trang.localhost", "");

        settings["modules"] = new JsonObject { ["search"] = true, ["member-directory"] = true };
        (await platform.PutAsJsonAsync($"/api/platform/tenants/{id}", settings)).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (host, prefix) in VanPhucAddresses) await ShouldServeEverything(host, prefix);
    }

    [Fact]
    public async Task Unknown_module_keys_are_refused_with_problem_details_and_change_nothing()
    {
        var platform = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        var (id, settings) = await VanPhuc(platform);
        settings["modules"] = new JsonObject { ["payments"] = false, ["search"] = false };

        var response = await platform.PutAsJsonAsync($"/api/platform/tenants/{id}", settings);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadAsStringAsync();
        problem.ShouldContain("\"modules\"");
        problem.ShouldContain("payments");
        var (_, after) = await VanPhuc(platform);
        after["modules"]!["search"]!.GetValue<bool>().ShouldBeTrue("a refused request switches nothing");
    }

    [Fact]
    public async Task The_platform_admin_edit_page_ticks_the_modules_the_association_runs()
    {
        var platform = await app.ClientFor(null).SignedInWithCookie(Auth.PlatformAdmin);
        var (id, _) = await VanPhuc(await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin));
        var page = await platform.GetStringAsync($"/admin/tenants/{id}");
        page.ShouldContain("name=\"Form.ModulesOn\" value=\"search\" checked=\"checked\"");
        page.ShouldContain("Public member directory");
    }

    private async Task ShouldServeEverything(string host, string prefix)
    {
        var client = Client(host);
        foreach (var path in SwitchablePages.Concat(SwitchableApis))
            (await client.GetAsync(prefix + path)).StatusCode.ShouldBe(HttpStatusCode.OK, $"{host}{prefix}{path}");
        var home = await client.GetStringAsync(prefix + "/");
        home.ShouldContain($"href=\"{prefix}/members\"");
        home.ShouldContain("class=\"site-search\"");
    }

    private static async Task<(Guid Id, JsonObject Settings)> VanPhuc(HttpClient platform)
    {
        var tenants = (await platform.GetFromJsonAsync<JsonArray>("/api/platform/tenants"))!;
        var vanPhuc = tenants.Single(t => t!["slug"]!.GetValue<string>() == "van-phuc")!;
        return (vanPhuc["id"]!.GetValue<Guid>(), vanPhuc["settings"]!.AsObject().DeepClone().AsObject());
    }

    private HttpClient Client(string host) => app.CreateBrowserClient(new Uri($"http://{host}/"));
}
