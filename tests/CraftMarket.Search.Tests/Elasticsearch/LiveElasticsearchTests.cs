using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// Against a real cluster: run only when CRAFTMARKET_TEST_ELASTICSEARCH_URL is set (and
/// CRAFTMARKET_TEST_ELASTICSEARCH_API_KEY if it needs one), reported as skipped otherwise.
/// </summary>
public sealed class LiveElasticsearchTests
{
    [LiveElasticsearchFact]
    public async Task Live_cluster_indexes_folds_facets_and_replaces_a_village()
    {
        var url = LiveElasticsearchFactAttribute.Url!;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var engine = new ElasticsearchEngine(new Factory(url, LiveElasticsearchFactAttribute.ApiKey),
            new ElasticsearchOptions { Url = url, Index = "craftmarket-test-" + Guid.NewGuid().ToString("N")[..8] }, clock);
        var goat = Products.Make("Tượng con dê", "Goat figurine");
        var cricket = Products.Make("Tượng con dế", "Cricket figurine");
        await engine.UpsertAsync([goat.Indexed(), cricket.Indexed()], default);
        var result = await engine.SearchAsync(new EngineQuery(new SearchQuery("con dê", Products.BatTrang, new Dictionary<string, IReadOnlyList<string>>()),
            QueryPlanner.Plan("con dê", []), []), default);
        result.Hits[0].Name.ShouldBe("Goat figurine");
        (await engine.SearchAsync(new EngineQuery(new SearchQuery("con de", null, new Dictionary<string, IReadOnlyList<string>>()), QueryPlanner.Plan("con de", []), []), default))
            .Total.ShouldBe(2);
        // A reindex spares what was written within the clock-skew allowance before it began.
        clock.Advance(ElasticsearchEngine.ClockSkew * 2);
        await engine.ReplaceTenantAsync(Products.BatTrang, Async(goat.Indexed()), default);
        (await engine.SearchAsync(new EngineQuery(new SearchQuery(null, null, new Dictionary<string, IReadOnlyList<string>>()), QueryPlan.Empty, []), default)).Total.ShouldBe(1);
    }

    [Fact]
    public void Without_a_cluster_the_live_tests_are_skipped_not_passed()
    {
        var skip = new LiveElasticsearchFactAttribute().Skip;
        if (LiveElasticsearchFactAttribute.Url is null) skip.ShouldContain(LiveElasticsearchFactAttribute.UrlVariable);
        else skip.ShouldBeNull();
    }

    private static async IAsyncEnumerable<IndexedProduct> Async(IndexedProduct p) { await Task.Yield(); yield return p; }

    private sealed class Factory(string url, string? key) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name)
        {
            var client = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/") };
            if (key is not null) client.DefaultRequestHeaders.Authorization = new("ApiKey", key);
            return client;
        }
    }
}
