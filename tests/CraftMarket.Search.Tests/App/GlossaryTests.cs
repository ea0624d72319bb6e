using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Search.Data;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.App;

/// <summary>The association's glossary through its API and admin page: who may edit it, and that an edit changes the next search.</summary>
public sealed class GlossaryTests(SearchApp app) : IClassFixture<SearchApp>
{
    private const string MinhHai = "+84912345601";   // a Bat Trang producer (src/Modules/Identity/DEMO_ACCOUNTS.md)

    private async Task<long> Total(string slug, string q) =>
        (await app.ClientFor(slug).GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(q)}")).GetProperty("total").GetInt64();

    private async Task<HashSet<string>> Ids(string slug, string q) =>
        [.. (await app.ClientFor(slug).GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(q)}&pageSize=50"))
            .GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("productId").GetString()!)];

    /// <summary>A made-up word finds what its glossary partner finds (a synonym is looked up in fewer fields, so a subset).</summary>
    private async Task FindsAsItsPartner(string slug, string word, string partner)
    {
        var found = await Ids(slug, word);
        found.ShouldNotBeEmpty($"{word} is in a group with {partner}");
        found.IsSubsetOf(await Ids(slug, partner)).ShouldBeTrue($"{word} finds {partner}'s products");
    }

    [Fact]
    public async Task An_association_admin_adds_changes_and_removes_groups_and_each_edit_changes_the_next_search()
    {
        var admin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        var seeded = await admin.GetFromJsonAsync<List<GlossaryEntryDto>>("/api/search/glossary");
        seeded!.ShouldContain(e => e.Terms.Contains("gốm") && e.Terms.Contains("ceramic"), "the default glossary is seeded");
        (await Total("bat-trang", "zanzibar")).ShouldBe(0);

        var created = await admin.PostAsJsonAsync("/api/search/glossary", new { terms = new[] { "zanzibar", "crackle" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var entry = (await created.Content.ReadFromJsonAsync<GlossaryEntryDto>())!;
        created.Headers.Location!.ToString().ShouldBe($"/api/search/glossary/{entry.Id}");
        await FindsAsItsPartner("bat-trang", "zanzibar", "crackle");
        var asCrackle = await Ids("bat-trang", "zanzibar");

        (await admin.PutAsJsonAsync($"/api/search/glossary/{entry.Id}", new { terms = new[] { "zanzibar", "elephant" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await FindsAsItsPartner("bat-trang", "zanzibar", "elephant");
        (await Ids("bat-trang", "zanzibar")).SetEquals(asCrackle).ShouldBeFalse("the edit changed what the next search finds");

        (await admin.PutAsJsonAsync($"/api/search/glossary/{entry.Id}", new { terms = new[] { "zanzibar" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.DeleteAsync($"/api/search/glossary/{entry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Total("bat-trang", "zanzibar")).ShouldBe(0);
        (await admin.DeleteAsync($"/api/search/glossary/{entry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Producers_other_villages_admins_and_the_platform_host_cannot_touch_a_villages_glossary()
    {
        var admin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        var entry = (await (await admin.PostAsJsonAsync("/api/search/glossary", new { terms = new[] { "kilimanjaro", "lotus" } }))
            .Content.ReadFromJsonAsync<GlossaryEntryDto>())!;

        var producer = await SignedInWithPhone(app.ClientFor("bat-trang"), MinhHai);
        (await producer.GetAsync("/api/search/glossary")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.PostAsJsonAsync("/api/search/glossary", new { terms = new[] { "a", "b" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await producer.DeleteAsync($"/api/search/glossary/{entry.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var vanPhucHere = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        (await vanPhucHere.GetAsync("/api/search/glossary")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var vanPhucAtHome = await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        (await vanPhucAtHome.PutAsJsonAsync($"/api/search/glossary/{entry.Id}", new { terms = new[] { "kilimanjaro", "silk" } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhucAtHome.DeleteAsync($"/api/search/glossary/{entry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhucAtHome.GetFromJsonAsync<List<GlossaryEntryDto>>("/api/search/glossary"))!.ShouldNotContain(e => e.Id == entry.Id);

        var platform = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        (await platform.GetAsync("/api/search/glossary")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await admin.GetFromJsonAsync<List<GlossaryEntryDto>>("/api/search/glossary"))!.Single(e => e.Id == entry.Id).Terms.ShouldBe(["kilimanjaro", "lotus"]);
        await FindsAsItsPartner("bat-trang", "kilimanjaro", "lotus");
        (await Total("van-phuc", "kilimanjaro")).ShouldBe(0, "another village's glossary is not used");
    }

    [Fact]
    public async Task The_admin_page_adds_changes_and_removes_a_group_and_refuses_producers()
    {
        var browser = await app.ClientFor("dong-ky").SignedInWithCookie(Auth.AssociationAdmin("dong-ky"));
        (await browser.GetStringAsync("/admin/search/glossary")).ShouldContain("lacquer", Case.Sensitive, "the default glossary is listed");
        var added = await browser.SubmitAsync("/admin/search/glossary", new Dictionary<string, string> { ["Terms"] = "timbuktu, rosewood" },
            "/admin/search/glossary?handler=Add");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await FindsAsItsPartner("dong-ky", "timbuktu", "rosewood");

        var page = await browser.GetStringAsync("/admin/search/glossary");
        var id = Regex.Match(page, """id="terms-([0-9a-f-]{36})" name="Terms" value="timbuktu, rosewood" """.TrimEnd()).Groups[1].Value;
        id.ShouldNotBeEmpty();
        var changed = await browser.SubmitAsync("/admin/search/glossary", new Dictionary<string, string> { ["Terms"] = "timbuktu, lacquer" },
            $"/admin/search/glossary?handler=Change&id={id}");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync("/admin/search/glossary")).ShouldContain("value=\"timbuktu, lacquer\"");
        await FindsAsItsPartner("dong-ky", "timbuktu", "lacquer");

        var invalid = await browser.SubmitAsync("/admin/search/glossary", new Dictionary<string, string> { ["Terms"] = "timbuktu" },
            $"/admin/search/glossary?handler=Change&id={id}");
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("role=\"alert\"");

        (await browser.SubmitAsync("/admin/search/glossary", new Dictionary<string, string>(), $"/admin/search/glossary?handler=Remove&id={id}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetStringAsync("/admin/search/glossary")).ShouldNotContain("timbuktu");
        (await Total("dong-ky", "timbuktu")).ShouldBe(0);

        var producer = await app.ClientFor("bat-trang").SignedInWithCookie("0912 345 601");
        (await producer.GetAsync("/admin/search/glossary")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await app.ClientFor(null).GetAsync("/admin/search/glossary")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_association_gets_the_default_glossary_once_however_often_the_event_is_delivered()
    {
        var tenant = new TenantId(Guid.CreateVersion7());
        var created = new TenantCreated(Guid.NewGuid(), tenant, "tan-hoi");
        await app.Publish(created);
        await Delivered();
        await using (var redelivery = app.Services.CreateAsyncScope())   // the outbox delivers at least once: the same event again
            await redelivery.ServiceProvider.GetServices<SharedKernel.Outbox.IIntegrationEventHandler<TenantCreated>>()
                .Single(h => h is Indexing.TenantCreatedConsumer).Handle(created, default);
        await app.Publish(new TenantCreated(Guid.NewGuid(), tenant, "tan-hoi"));   // and announced twice
        await Delivered();

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, "tan-hoi");
        var db = scope.ServiceProvider.GetRequiredService<SearchDb>();
        (await db.Glossary.CountAsync()).ShouldBe(DefaultGlossary.Groups.Count);
        (await db.Tenants.CountAsync(t => t.TenantId == tenant)).ShouldBe(1);
    }

    private async Task Delivered()
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<SearchDb>().Outbox.AnyAsync(m => m.ProcessedAt == null)) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the search outbox never delivered");
    }

    private static async Task<HttpClient> SignedInWithPhone(HttpClient client, string phone)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { phone, password = Auth.DemoPassword });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }
}
