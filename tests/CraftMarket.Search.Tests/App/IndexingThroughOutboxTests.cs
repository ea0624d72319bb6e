using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.Search.Data;
using CraftMarket.Search.Tests.Support;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.App;

/// <summary>Events through the real outbox into the real index, read back through the public API.</summary>
public sealed partial class IndexingThroughOutboxTests : IClassFixture<SearchApp>
{
    private readonly SearchApp app;

    public IndexingThroughOutboxTests(SearchApp app) => this.app = app;

    private PublishedProduct Make(string slug, string vi, string en) =>
        Products.Make(vi, en, app.TenantIdOf(slug), slug, descEn: $"{en} handmade in the village");

    [Fact]
    public async Task Published_becomes_searchable_gets_its_cover_and_withdrawn_disappears()
    {
        var vase = Make("bat-trang", "Bình gốm men lam thử nghiệm", "Blue and white test vase");
        await app.Publish(new ProductCoverChanged(Guid.NewGuid(), vase.TenantId, vase.Id, PhotoId.New(), "/media/cover-early.jpg"),
            new ProductPublished(Guid.NewGuid(), vase.TenantId, vase));
        // "thử nghiệm" is in no demo product: once the vase is indexed it is the only match.
        var found = await app.SearchUntil("bat-trang", "q=thu+nghiem", r => r.GetProperty("total").GetInt64() == 1);
        var hit = found.GetProperty("hits")[0];
        hit.GetProperty("productId").GetString().ShouldBe(vase.Id.ToString());
        hit.GetProperty("coverImage").GetString().ShouldBe("/media/cover-early.jpg", "a cover that arrived before publication is kept");
        hit.GetProperty("url").GetString().ShouldBe($"/products/{vase.Id}");

        await app.Publish(new ProductCoverChanged(Guid.NewGuid(), vase.TenantId, vase.Id, PhotoId.New(), "/media/cover-late.jpg"));
        await app.SearchUntil("bat-trang", "q=thu+nghiem+vase", r => r.GetProperty("hits")[0].GetProperty("coverImage").GetString() == "/media/cover-late.jpg");

        var cross = await app.SearchUntil(null, "q=blue+and+white+test+vase", r => r.GetProperty("total").GetInt64() >= 1);
        cross.GetProperty("hits")[0].GetProperty("url").GetString().ShouldBe($"http://bat-trang.localhost/products/{vase.Id}");

        await app.Publish(new ProductWithdrawn(Guid.NewGuid(), vase.TenantId, vase.Id));
        await app.SearchUntil("bat-trang", "q=nghiem", r => r.GetProperty("total").GetInt64() == 0);
    }

    [Fact]
    public async Task A_village_host_never_returns_another_villages_products_and_a_suspended_village_leaves_the_platform_search()
    {
        var silk = Make("van-phuc", "Khăn lụa cách ly", "Isolation silk scarf");
        await app.Publish(new ProductPublished(Guid.NewGuid(), silk.TenantId, silk));
        await app.SearchUntil(null, "q=isolation+silk", r => r.GetProperty("total").GetInt64() == 1);
        (await app.ClientFor("bat-trang").GetFromJsonAsync<JsonElement>("/api/search?q=isolation+silk")).GetProperty("total").GetInt64().ShouldBe(0);
        (await app.ClientFor("van-phuc").GetFromJsonAsync<JsonElement>("/api/search?q=isolation+silk")).GetProperty("total").GetInt64().ShouldBe(1);

        await app.Publish(new TenantChanged(Guid.NewGuid(), silk.TenantId, "van-phuc", TenantStatus.Suspended));
        await app.SearchUntil(null, "q=isolation+silk", r => r.GetProperty("total").GetInt64() == 0);
        await app.Publish(new TenantChanged(Guid.NewGuid(), silk.TenantId, "van-phuc", TenantStatus.Active));
        await app.SearchUntil(null, "q=isolation+silk", r => r.GetProperty("total").GetInt64() == 1);
    }

    [Fact]
    public async Task Reindex_command_rebuilds_a_village_from_the_catalogue()
    {
        var tenant = app.TenantIdOf("bat-trang");
        var stale = Make("bat-trang", "Chum cũ", "Stale reindex jar");
        await app.Publish(new ProductPublished(Guid.NewGuid(), tenant, stale));
        await app.SearchUntil("bat-trang", "q=stale+reindex+jar", r => r.GetProperty("total").GetInt64() == 1);
        var plate = Make("bat-trang", "Đĩa mới", "Fresh reindex plate");
        app.Catalogue.Products.Add(plate);
        // Granted before the plate was ever indexed: only the stored mark can bring it into the rebuilt index.
        await app.Publish(new ProductQualityMarkChanged(Guid.NewGuid(), tenant, plate.Id, Granted: true));
        await WaitUntil(async db => await db.QualityMarks.IgnoreQueryFilters().AnyAsync(m => m.ProductId == plate.Id.Value));
        app.Catalogue.Products.Add(Make("van-phuc", "Khăn mới", "Other village reindex scarf"));

        // The site holds the index in this process, so the command runs the rebuild itself.
        (await SearchModule.ReindexAsync(app.Services, ["bat-trang"])).ShouldBe(0);
        // Hit names follow the request's language, and a village's default is Vietnamese: ask in English.
        var english = app.ClientFor("bat-trang");
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        (await english.GetFromJsonAsync<JsonElement>("/api/search?q=reindex")).GetProperty("hits")
            .EnumerateArray().Select(h => h.GetProperty("name").GetString()).ShouldBe(["Fresh reindex plate"]);
        (await english.GetFromJsonAsync<JsonElement>("/api/search?q=reindex&qualityMark=true")).GetProperty("total").GetInt64().ShouldBe(1);
        (await SearchModule.ReindexAsync(app.Services, ["--wrong"])).ShouldBe(2);
        (await SearchModule.ReindexAsync(app.Services, ["no-such-village"])).ShouldBe(2);
        (await SearchModule.ReindexAsync(app.Services, ["--all"])).ShouldBe(0);
        (await app.ClientFor("van-phuc").GetFromJsonAsync<JsonElement>("/api/search?q=reindex")).GetProperty("total").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_quality_mark_granted_before_publication_is_indexed_filterable_and_can_be_taken_away()
    {
        var jar = Make("bat-trang", "Chum đạt nhãn", "Certified marked jar");
        await app.Publish(new ProductQualityMarkChanged(Guid.NewGuid(), jar.TenantId, jar.Id, Granted: true),
            new ProductPublished(Guid.NewGuid(), jar.TenantId, jar));
        var found = await app.SearchUntil("bat-trang", "q=certified+marked+jar&qualityMark=true", r => r.GetProperty("total").GetInt64() == 1);
        found.GetProperty("hits")[0].GetProperty("productId").GetString().ShouldBe(jar.Id.ToString());
        found.GetProperty("facets").GetProperty("qualityMark").ToString().ShouldBe("""[{"value":"true","count":1}]""");
        var unmarked = await app.ClientFor("bat-trang").GetFromJsonAsync<JsonElement>("/api/search?q=crackle");
        unmarked.GetProperty("facets").TryGetProperty("qualityMark", out _).ShouldBeFalse("no demo product carries the mark");

        await app.Publish(new ProductQualityMarkChanged(Guid.NewGuid(), jar.TenantId, jar.Id, Granted: false));
        await app.SearchUntil("bat-trang", "q=certified+marked+jar", r => !r.GetProperty("facets").TryGetProperty("qualityMark", out _));
        (await app.ClientFor("bat-trang").GetAsync("/api/search?qualityMark=false")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task WaitUntil(Func<SearchDb, Task<bool>> done)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            if (await done(scope.ServiceProvider.GetRequiredService<SearchDb>())) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the search outbox never delivered the event");
    }

    [Fact]
    public async Task Reindex_command_in_a_second_process_queues_the_rebuild_for_the_running_site()
    {
        var lantern = Make("dong-ky", "Đèn lồng xếp hàng", "Queued reindex lantern");
        app.Catalogue.Products.Add(lantern);
        // A second host on the same data directory, as `dotnet CraftMarket.Web.dll reindex dong-ky` would be
        // while the site runs: this site's writer holds the embedded index, so it cannot open it.
        using var command = new CraftMarketApp(seedDemo: false, extra: new Dictionary<string, string?>
        {
            ["CraftMarket:DataDirectory"] = app.DataDirectory,
            ["CraftMarket:Role"] = "web",   // no outbox worker of its own: the running site's must carry the request out
        });

        (await SearchModule.ReindexAsync(command.Services, ["dong-ky"])).ShouldBe(0);

        // The running site's worker rebuilds Dong Ky from the catalogue: the lantern only, the demo products it no longer lists gone.
        var rebuilt = await app.SearchUntil("dong-ky", "q=", r => r.GetProperty("total").GetInt64() == 1);
        rebuilt.GetProperty("hits")[0].GetProperty("productId").GetString().ShouldBe(lantern.Id.ToString());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("price=1-2", "price")]
    [InlineData("moq=lots", "moq")]
    [InlineData("village=van-phuc", "village")]
    public async Task Bad_parameters_answer_validation_problems(string query, string field)
    {
        var response = await app.ClientFor("bat-trang").GetAsync($"/api/search?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await app.ClientFor("bat-trang").GetAsync($"/api/search?q={new string('x', 201)}")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ClientFor(null).GetAsync("/api/search/suggest?q=")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_search_api_is_in_the_openapi_document()
    {
        var doc = await app.ClientFor(null).GetStringAsync("/openapi/v1.json");
        doc.ShouldContain("\"/api/search\"");
        doc.ShouldContain("\"/api/search/suggest\"");
        doc.ShouldContain("\"/api/search/glossary\"");
    }
}
