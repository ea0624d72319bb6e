using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Elasticsearch;

internal sealed class ElasticsearchOptions
{
    public string Url { get; set; } = "http://localhost:9200";
    public string? ApiKey { get; set; }
    public string Index { get; set; } = "craftmarket-products";
}

/// <summary>
/// The Elasticsearch engine over its REST API. Writes use <c>refresh=wait_for</c>, so an event's
/// handler returns only once the change is acknowledged (the translog is fsynced per request by
/// default) and visible: the outbox's at-least-once delivery covers everything before that.
/// </summary>
internal sealed class ElasticsearchEngine(IHttpClientFactory clients, ElasticsearchOptions options, TimeProvider clock) : ISearchEngine, IDisposable
{
    public const string Client = "elasticsearch";

    /// <summary>How far behind this node's another node's clock may be; a reindex spares documents written this long before it began.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim ensure = new(1, 1);
    private volatile bool ready;
    private string Index => options.Index;

    // The factory hands out clients over pooled, rotated handlers; this engine is a singleton.
    private HttpClient http => clients.CreateClient(Client);

    public void Dispose() => ensure.Dispose();

    public async Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct)
    {
        if (products.Count == 0) return;
        await Bulk(EsDocuments.Bulk(Index, products, clock.GetUtcNow()), ct);
    }

    public async Task RemoveAsync(ProductId product, CancellationToken ct)
    {
        await Ready(ct);
        using var response = await http.DeleteAsync($"{Index}/_doc/{product}?refresh=wait_for", ct);
        if (response.StatusCode != HttpStatusCode.NotFound) await Check(response, ct);
    }

    public Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct) =>
        Update(product, EsDocuments.CoverUpdate(coverImage), ct);

    public Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct) =>
        Update(product, EsDocuments.QualityMarkUpdate(qualityMark), ct);

    private async Task Update(ProductId product, JsonObject partial, CancellationToken ct)
    {
        await Ready(ct);
        using var response = await http.PostAsJsonAsync($"{Index}/_update/{product}?refresh=wait_for", partial, ct);
        if (response.StatusCode != HttpStatusCode.NotFound) await Check(response, ct);   // not indexed yet: ProductPublished will carry it
    }

    /// <summary>
    /// Rewrites the village's documents tagged with a new generation, then deletes those of older
    /// generations written before the rebuild began: searchers see old or new versions of each
    /// product, never a missing village. A document an event wrote meanwhile survives the delete,
    /// and its newer version the snapshot's bulk (external_gte). Not covered: a product withdrawn
    /// between the snapshot's read and its bulk is written back (docs/adr/0014).
    /// </summary>
    public async Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct)
    {
        var generation = Guid.NewGuid().ToString("N");
        var started = clock.GetUtcNow();
        var batch = new List<IndexedProduct>(500);
        await foreach (var p in products.WithCancellation(ct))
        {
            batch.Add(p);
            if (batch.Count < 500) continue;
            await Bulk(EsDocuments.Bulk(Index, batch, clock.GetUtcNow(), generation), ct);
            batch.Clear();
        }
        if (batch.Count > 0) await Bulk(EsDocuments.Bulk(Index, batch, clock.GetUtcNow(), generation), ct);
        using var response = await http.PostAsJsonAsync($"{Index}/_delete_by_query?refresh=true&conflicts=proceed",
            EsDocuments.DeleteOtherGenerations(tenant.ToString(), generation, started, ClockSkew), ct);
        await Check(response, ct);
    }

    public async Task<SearchResult> SearchAsync(EngineQuery query, CancellationToken ct)
    {
        var root = await Post($"{Index}/_search", EsQueries.Search(query), ct);
        var didYouMean = Total(root) == 0 && query.SuggestSpelling && !query.Plan.MatchesEverything ? await DidYouMean(query, ct) : null;
        return EsResponses.Search(root, query, didYouMean);
    }

    /// <summary>
    /// The term suggester reads the whole index, so its correction is kept only if it finds something
    /// where the buyer searches (this village, or the visible villages), as Lucene's is.
    /// </summary>
    private async Task<string?> DidYouMean(EngineQuery query, CancellationToken ct)
    {
        if (EsResponses.DidYouMean(await Post($"{Index}/_search", EsQueries.DidYouMean(query.Query.Text ?? ""), ct)) is not { } suggestion) return null;
        var check = await Post($"{Index}/_search", EsQueries.FindsAnything(QueryPlanner.Plan(suggestion, []), query.Query.Tenant, query.HiddenTenants), ct);
        return Total(check) > 0 ? suggestion : null;
    }

    private static long Total(JsonElement root) => root.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt64();

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, IReadOnlyCollection<TenantId> hidden, CancellationToken ct) =>
        Analysis.Folding.Words(query.Prefix).Count == 0 ? [] : EsResponses.Suggestions(await Post($"{Index}/_search", EsQueries.Suggest(query, hidden), ct), query);

    private async Task<JsonElement> Post(string path, JsonObject body, CancellationToken ct)
    {
        await Ready(ct);
        using var response = await http.PostAsJsonAsync(path, body, ct);
        await Check(response, ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone();
    }

    private async Task Bulk(string ndjson, CancellationToken ct)
    {
        await Ready(ct);
        using var content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");
        using var response = await http.PostAsync("_bulk?refresh=wait_for", content, ct);
        await Check(response, ct);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        // 409: a newer version of the product is already indexed, which is what external_gte is for.
        if (result.GetProperty("errors").GetBoolean() && result.GetProperty("items").EnumerateArray()
                .Any(i => i.EnumerateObject().First().Value.GetProperty("status").GetInt32() is not (>= 200 and < 300) and not 409))
            throw new HttpRequestException($"Elasticsearch rejected part of a bulk request: {result.ToString()[..Math.Min(2000, result.ToString().Length)]}");
    }

    /// <summary>Puts the index template and creates the index once per process (both idempotent).</summary>
    private async Task Ready(CancellationToken ct)
    {
        if (ready) return;
        await ensure.WaitAsync(ct);
        try
        {
            if (ready) return;
            using (var template = await http.PutAsJsonAsync($"_index_template/{Index}", IndexTemplate.Body(Index), ct)) await Check(template, ct);
            using var head = new HttpRequestMessage(HttpMethod.Head, Index);
            using var exists = await http.SendAsync(head, ct);
            if (exists.StatusCode == HttpStatusCode.NotFound)
            {
                using var created = await http.PutAsync(Index, null, ct);
                if (created.StatusCode != HttpStatusCode.BadRequest) await Check(created, ct);   // 400: created meanwhile by another node
            }
            ready = true;
        }
        finally
        {
            ensure.Release();
        }
    }

    private static async Task Check(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(ct);
        throw new HttpRequestException($"Elasticsearch answered {(int)response.StatusCode}: {body[..Math.Min(2000, body.Length)]}", null, response.StatusCode);
    }
}
