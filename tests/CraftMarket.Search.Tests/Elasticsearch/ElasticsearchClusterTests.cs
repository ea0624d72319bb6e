using System.Net;
using System.Text.Json.Nodes;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// Issue 19: the engine against <see cref="FakeElasticsearch"/>, which behaves as the Elasticsearch 8
/// reference says (versions, aliases, templates at creation, strict mappings, per-item errors, tasks).
/// </summary>
public sealed class ElasticsearchClusterTests : IDisposable
{
    private const string Alias = "cm";
    private readonly FakeElasticsearch es = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => es.Dispose();

    private ElasticsearchEngine Engine(HttpMessageHandler? handler = null, int bulkRetries = 6) =>
        new(handler is null ? es.Clients() : new Factory(handler), new ElasticsearchOptions
        {
            Url = "http://es.invalid:9200", Index = Alias, TaskPollInterval = TimeSpan.FromMilliseconds(1),
            BulkBackoff = TimeSpan.FromMilliseconds(1), BulkRetries = bulkRetries,
        }, clock);

    private static EngineQuery Everything(TenantId? tenant = null, Dictionary<string, IReadOnlyList<string>>? filters = null) =>
        new(new SearchQuery(null, tenant, filters ?? []), QueryPlan.Empty, []);

    [Fact]
    public async Task A_cover_update_then_a_village_rebuild_keeps_the_product()
    {
        var engine = Engine();
        await engine.InstallAsync(default);
        var vase = Products.Make("Bình", "Vase");
        await engine.UpsertAsync([vase.Indexed()], default);
        await engine.SetCoverAsync(vase.Id, "/media/new.jpg", default);
        es.VersionOf(Alias, vase.Id.ToString()).ShouldBe(vase.UpdatedAt.UtcTicks + 1, "the update API bumps the internal version");

        clock.Advance(ElasticsearchEngine.ClockSkew * 2);
        await engine.ReplaceTenantAsync(Products.BatTrang, Async(vase.Indexed("/media/new.jpg")), default);

        es.Documents(Alias).Keys.ShouldContain(vase.Id.ToString(), "the rebuild's clean-up kept the updated product");
        var doc = es.Documents(Alias)[vase.Id.ToString()];
        doc["source"]!["coverImage"]!.GetValue<string>().ShouldBe("/media/new.jpg");
        (await engine.SearchAsync(Everything(Products.BatTrang), default)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_rebuild_deletes_what_it_did_not_write_through_a_task_polled_until_done()
    {
        var engine = Engine();
        await engine.InstallAsync(default);
        var kept = Products.Make("Bình", "Vase");
        var withdrawn = Products.Make("Chén", "Cup");
        var other = Products.Make("Khăn", "Scarf", Products.VanPhuc, "van-phuc");
        await engine.UpsertAsync([kept.Indexed(), withdrawn.Indexed(), other.Indexed()], default);
        clock.Advance(ElasticsearchEngine.ClockSkew * 2);
        es.TaskPolls = 2;

        await engine.ReplaceTenantAsync(Products.BatTrang, Async(kept.Indexed()), default);

        es.Documents(Alias).Keys.ShouldBe([kept.Id.ToString(), other.Id.ToString()], ignoreOrder: true);
        es.Requests.Single(r => r.Path.Contains("_delete_by_query", StringComparison.Ordinal)).Path.ShouldContain("wait_for_completion=false");
        es.To("/_tasks/fakeNode:1").Count().ShouldBe(3, "polled until completed");
    }

    [Fact]
    public async Task Rebuilding_a_village_with_no_products_on_a_new_cluster_creates_the_index()
    {
        await Engine().ReplaceTenantAsync(Products.BatTrang, Async(), default);
        es.IndicesBehind(Alias).ShouldBe([Alias + "-v1"]);
        es.HasField(Alias + "-v1", "f_village").ShouldBeTrue("created from the template");
    }

    [Fact]
    public void English_folded_fields_hold_the_english_and_the_french_name()
    {
        var doc = EsDocuments.Build(Products.Make("Bình gốm", "Crackle vase", nameFr: "Vase craquelé").Indexed(), DateTimeOffset.UnixEpoch);
        doc["name_en_f"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["Crackle vase", "Vase craquelé"]);
        doc["name_vi_f"]!.GetValue<string>().ShouldBe("Bình gốm");
    }

    [Fact]
    public async Task A_selected_village_outside_the_top_30_is_counted_exactly()
    {
        var engine = Engine();
        await engine.InstallAsync(default);
        var products = Enumerable.Range(0, 31).SelectMany(v => new[]
            {
                Products.Make($"Bình {v}", $"Vase {v}", new TenantId(Guid.CreateVersion7()), $"lang-{v:00}").Indexed(),
                Products.Make($"Chén {v}", $"Cup {v}", new TenantId(Guid.CreateVersion7()), $"lang-{v:00}").Indexed(),
            })
            .Append(Products.Make("Khăn", "Scarf", Products.VanPhuc, "van-phuc").Indexed()).ToList();
        await engine.UpsertAsync(products, default);

        var result = await engine.SearchAsync(Everything(filters: new() { [Facets.Village] = ["van-phuc"] }), default);

        result.Total.ShouldBe(1);
        result.Facets[Facets.Village].ShouldContain(new FacetCount("van-phuc", 1));
        result.Facets[Facets.Village].Count(f => f.Value.StartsWith("lang-", StringComparison.Ordinal)).ShouldBe(FacetShaping.MaxValues);
    }

    [Fact]
    public async Task Template_changes_reach_searches_through_reindex_all_which_swaps_the_alias_to_a_new_index()
    {
        // A cluster installed by an older version, whose template had no quality-mark facet.
        var template = IndexTemplate.Body(Alias);
        template["template"]!["mappings"]!["properties"]!.AsObject().Remove("f_qualityMark");
        using var http = new HttpClient(es, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
        (await http.PutAsync("_index_template/cm", Content(template))).EnsureSuccessStatusCode();
        (await http.PutAsync("cm-v1", Content(new JsonObject { ["aliases"] = new JsonObject { [Alias] = new JsonObject() } }))).EnsureSuccessStatusCode();
        var engine = Engine();
        var marked = Products.Make("Bình", "Vase").Indexed() with { QualityMark = true };
        var refused = await Should.ThrowAsync<HttpRequestException>(() => engine.UpsertAsync([marked], default));
        refused.Message.ShouldContain("strict_dynamic_mapping_exception");

        await engine.InstallAsync(default);   // `migrate` of the new version: the template changes, the live index does not
        await Should.ThrowAsync<HttpRequestException>(() => engine.UpsertAsync([marked], default));

        var during = Products.Make("Chén", "Cup");
        var count = await engine.ReplaceAllAsync([Products.BatTrang], _ => WhileRebuilding(marked, () => engine.UpsertAsync([during.Indexed()], default)), default);

        count.ShouldBe(1);
        var now = es.IndicesBehind(Alias).ShouldHaveSingleItem();
        now.ShouldNotBe("cm-v1");
        es.IndexNames.ShouldBe([now], "the old index is deleted");
        es.Documents(Alias).Keys.ShouldBe([marked.Product.Id.ToString(), during.Id.ToString()], ignoreOrder: true, "a product written during the rebuild is copied over");
        await engine.UpsertAsync([marked], default);
        es.Requests.Count(r => r.Path.StartsWith("/_aliases", StringComparison.Ordinal)).ShouldBe(1, "one atomic swap");
    }

    [Fact]
    public async Task Reindex_all_replaces_an_index_named_like_the_alias_from_before_aliases()
    {
        using var http = new HttpClient(es, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
        (await http.PutAsync("cm", null)).EnsureSuccessStatusCode();
        var engine = Engine();
        await engine.InstallAsync(default);
        es.IndicesBehind(Alias).ShouldBeEmpty("an index holds the name: installing leaves it to reindex --all");

        await engine.ReplaceAllAsync([Products.BatTrang], _ => Async(Products.Make("Bình", "Vase").Indexed()), default);

        es.IndicesBehind(Alias).ShouldHaveSingleItem().ShouldStartWith("cm-");
        es.IndexNames.ShouldNotContain(Alias);
        (await engine.SearchAsync(Everything(), default)).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Searches_and_writes_never_put_the_template_so_an_index_only_key_is_enough()
    {
        await Engine().InstallAsync(default);
        var installed = es.Requests.Count;
        es.IndexOnlyKey = true;
        var engine = Engine();
        var vase = Products.Make("Bình", "Vase");

        await engine.UpsertAsync([vase.Indexed()], default);
        await engine.SetQualityMarkAsync(vase.Id, true, default);
        (await engine.SearchAsync(Everything(), default)).Total.ShouldBe(1);
        await engine.RemoveAsync(vase.Id, default);

        es.Requests.Skip(installed).ShouldNotContain(r => r.Path.Contains("_index_template", StringComparison.Ordinal));
        var denied = await Should.ThrowAsync<HttpRequestException>(() => engine.InstallAsync(default));
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a refusal of the template is not swallowed");
    }

    [Fact]
    public async Task Only_an_index_created_meanwhile_by_another_node_is_a_harmless_refusal()
    {
        var race = new CreatesOnFirstHead(es);
        await Engine(race).InstallAsync(default);
        es.IndicesBehind(Alias).ShouldBe([Alias + "-v1"]);
        es.Requests.Count(r => r.Line == "PUT /cm-v1").ShouldBe(2, "the second creation was refused as already existing");

        var other = new FakeElasticsearch();
        using var http = new HttpClient(other, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
        (await http.PutAsync("x", Content(new JsonObject { ["aliases"] = new JsonObject { ["cm-v1"] = new JsonObject() } }))).EnsureSuccessStatusCode();
        var error = await Should.ThrowAsync<HttpRequestException>(() => Engine(other).InstallAsync(default));
        error.Message.ShouldContain("invalid_index_name_exception");
    }

    [Fact]
    public async Task Bulk_items_refused_with_429_are_sent_again_with_back_off()
    {
        var engine = Engine();
        await engine.InstallAsync(default);
        es.RejectItems = 3;
        var products = Enumerable.Range(0, 5).Select(i => Products.Make($"Bình {i}", $"Vase {i}").Indexed()).ToList();
        clock.Advance(ElasticsearchEngine.ClockSkew * 2);

        await engine.ReplaceTenantAsync(Products.BatTrang, Async([.. products]), default);

        es.Documents(Alias).Count.ShouldBe(5);
        es.To("/_bulk").Select(r => r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length / 2).ShouldBe([5, 3]);

        es.RejectItems = 1_000;
        var error = await Should.ThrowAsync<HttpRequestException>(() => Engine(bulkRetries: 2).UpsertAsync([products[0]], default));
        error.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        es.To("/_bulk").Count().ShouldBe(2 + 3);
    }

    [Fact]
    public async Task An_update_meeting_concurrent_writes_is_retried_by_elasticsearch()
    {
        var engine = Engine();
        await engine.InstallAsync(default);
        var vase = Products.Make("Bình", "Vase");
        await engine.UpsertAsync([vase.Indexed()], default);
        es.UpdateConflicts = 3;
        await engine.SetCoverAsync(vase.Id, "/c.jpg", default);
        es.Documents(Alias)[vase.Id.ToString()]["source"]!["coverImage"]!.GetValue<string>().ShouldBe("/c.jpg");
        es.To($"/cm/_update/{vase.Id}").Single().Path.ShouldContain("retry_on_conflict=3");
    }

    [Fact]
    public async Task A_write_is_not_sent_again_after_its_attempt_timeout_but_a_search_is_after_a_503()
    {
        await Engine().InstallAsync(default);
        es.BulkDelay = TimeSpan.FromSeconds(3);
        var flaky = new FirstSearchUnavailable(es);
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);   // the resilience handler's timeouts run on it
        services.AddElasticsearchEngine(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:Elasticsearch:Url"] = "http://es.invalid:9200", ["Search:Elasticsearch:Index"] = Alias,
            ["Search:Elasticsearch:WriteTimeout"] = "00:00:00.300", ["Search:Elasticsearch:SearchTimeout"] = "00:00:02",
        }).Build());
        services.AddHttpClient(ElasticsearchEngine.Client).ConfigurePrimaryHttpMessageHandler(() => flaky);
        services.AddHttpClient(ElasticsearchEngine.SearchClient).ConfigurePrimaryHttpMessageHandler(() => flaky);
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ISearchEngine>();

        await Should.ThrowAsync<Polly.Timeout.TimeoutRejectedException>(() => engine.UpsertAsync([Products.Make("Bình", "Vase").Indexed()], default));
        await Task.Delay(TimeSpan.FromSeconds(1));
        es.To("/_bulk").Count().ShouldBe(1, "a POST that timed out may still run: never sent twice");

        (await engine.SearchAsync(Everything(), default)).Total.ShouldBe(0);
        flaky.Unavailable.ShouldBe(1);
        es.To("/cm/_search").Count().ShouldBe(1, "the 503 was answered before the fake; the retry reached it");
    }

    private static StringContent Content(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private static async IAsyncEnumerable<IndexedProduct> Async(params IndexedProduct[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<IndexedProduct> WhileRebuilding(IndexedProduct item, Func<Task> meanwhile)
    {
        yield return item;
        await meanwhile();
    }

    /// <summary>Another node creates the first index between this node's HEAD and its PUT.</summary>
    private sealed class CreatesOnFirstHead(FakeElasticsearch inner) : DelegatingHandler(inner)
    {
        private bool raced;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (raced || request.Method != HttpMethod.Head) return await base.SendAsync(request, ct);
            raced = true;
            using var other = new HttpRequestMessage(HttpMethod.Put, "http://es.invalid:9200/cm-v1") { Content = Content(new JsonObject { ["aliases"] = new JsonObject { [Alias] = new JsonObject() } }) };
            (await base.SendAsync(other, ct)).EnsureSuccessStatusCode();
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private sealed class FirstSearchUnavailable(FakeElasticsearch inner) : DelegatingHandler(inner)
    {
        public int Unavailable { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (Unavailable > 0 || !request.RequestUri!.AbsolutePath.EndsWith("/_search", StringComparison.Ordinal)) return base.SendAsync(request, ct);
            Unavailable++;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("""{"error":"unavailable","status":503}""") });
        }
    }

    private sealed class Factory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
    }
}
