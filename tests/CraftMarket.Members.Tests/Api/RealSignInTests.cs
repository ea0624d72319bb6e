using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Members.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Members.Tests.Api;

/// <summary>
/// The same isolation guarantees with the Identity module's real sign-in and policies (no test
/// scheme) and the demo association admins. Needs Identity merged: until then login answers 404.
/// </summary>
[Trait("Category", "NeedsIdentity")]
public sealed class RealSignInTests(RealSignInTests.App app) : IClassFixture<RealSignInTests.App>
{
    public sealed class App() : CraftMarketApp();

    private async Task<HttpClient> SignedIn(string slug)
    {
        var client = app.ClientFor(slug);
        var login = await client.PostAsJsonAsync("/api/auth/login",
            new { email = $"admin@{slug}.craftmarket.local", password = "CraftMarket!2026" });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        var token = (await login.Read<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task A_demo_admin_invites_and_the_other_villages_admin_cannot_touch_that_member()
    {
        var batTrang = await SignedIn("bat-trang");
        var created = await batTrang.PostAsJsonAsync("/api/members", Requests.Household(Phones.Next()));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Read<JsonElement>()).GetProperty("id").GetGuid();

        var vanPhuc = await SignedIn("van-phuc");
        (await vanPhuc.GetAsync($"/api/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PutAsJsonAsync($"/api/members/{id}", Requests.Household(Phones.Next()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsync($"/api/members/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await batTrang.GetAsync($"/api/members/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The bat-trang token at van-phuc's address carries no role there.
        var crossed = app.ClientFor("van-phuc");
        crossed.DefaultRequestHeaders.Authorization = batTrang.DefaultRequestHeaders.Authorization;
        (await crossed.GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor("bat-trang").GetAsync("/api/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
