using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// Against a real cluster, only when CRAFTMARKET_TEST_ELASTICSEARCH_URL is set (and
/// CRAFTMARKET_TEST_ELASTICSEARCH_API_KEY if it needs one). Without it the test returns at once:
/// its name says so, and the README says it was not run here.
/// </summary>
public sealed class LiveElasticsearchTests
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("CRAFTMARKET_TEST_ELASTICSEARCH_URL");

    [Fact]
    public async Task Live_cluster_when_configured_indexes_folds_facets_and_replaces_a_village()
    {
        if (string.IsNullOrEmpty(Url)) return;   // not configured: nothing to verify here
        var engine = new ElasticsearchEngine(new Factory(Url, Environment.GetEnvironmentVariable("CRAFTMARKET_TEST_ELASTICSEARCH_API_KEY")),
            new ElasticsearchOptions { Url = Url, Index = "craftmarket-test-" + Guid.NewGuid().ToString("N")[..8] });
        var goat = Products.Make("Tượng con dê", "Goat figurine");
        var cricket = Products.Make("Tượng con dế", "Cricket figurine");
        await engine.UpsertAsync([goat.Indexed(), cricket.Indexed()], default);
        var result = await engine.SearchAsync(new EngineQuery(new SearchQuery("con dê", Products.BatTrang, new Dictionary<string, IReadOnlyList<string>>()),
            QueryPlanner.Plan("con dê", []), []), default);
        result.Hits[0].Name.ShouldBe("Goat figurine");
        (await engine.SearchAsync(new EngineQuery(new SearchQuery("con de", null, new Dictionary<string, IReadOnlyList<string>>()), QueryPlanner.Plan("con de", []), []), default))
            .Total.ShouldBe(2);
        await engine.ReplaceTenantAsync(Products.BatTrang, Async(goat.Indexed()), default);
        (await engine.SearchAsync(new EngineQuery(new SearchQuery(null, null, new Dictionary<string, IReadOnlyList<string>>()), QueryPlan.Empty, []), default)).Total.ShouldBe(1);
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
