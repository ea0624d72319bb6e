using System.Globalization;
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

/// <summary>
/// The Elasticsearch engine over its REST API (docs/adr/0083). Every process reads and writes the
/// alias <see cref="ElasticsearchOptions.Index"/>; the template and the first index behind it are
/// installed by `migrate` (<see cref="InstallAsync"/>), so searchers only search and writers only
/// write (an index-only API key suffices). Writes use <c>refresh=wait_for</c>, so an event's handler
/// returns only once the change is acknowledged and visible: the outbox's at-least-once delivery
/// covers everything before that.
/// </summary>
internal sealed class ElasticsearchEngine(IHttpClientFactory clients, ElasticsearchOptions options, TimeProvider clock) : ISearchEngine, IReplacesWholeIndex
{
    /// <summary>Writes and admin requests: long attempts, POSTs never retried by the handler.</summary>
    public const string Client = "elasticsearch";

    /// <summary>Buyers' searches: short attempts, retried.</summary>
    public const string SearchClient = "elasticsearch-search";

    /// <summary>How far behind this node's another node's clock may be; a reindex spares documents written this long before it began.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private const int BatchSize = 500;

    private string Alias => options.Index;

    // The factory hands out clients over pooled, rotated handlers; this engine is a singleton.
    private HttpClient http => clients.CreateClient(Client);
    private HttpClient searching => clients.CreateClient(SearchClient);

    public async Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct)
    {
        if (products.Count == 0) return;
        await Bulk(EsDocuments.BulkItems(Alias, products, clock.GetUtcNow()), requireAlias: true, ct);
    }

    public async Task RemoveAsync(ProductId product, CancellationToken ct)
    {
        using var response = await http.DeleteAsync($"{Alias}/_doc/{product}?refresh=wait_for", ct);
        if (!await MissingDocument(response, ct)) await Check(response, ct);
    }

    public Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct) =>
        Update(product, EsDocuments.CoverUpdate(coverImage), ct);

    public Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct) =>
        Update(product, EsDocuments.QualityMarkUpdate(qualityMark), ct);

    /// <summary>
    /// A partial update, retried by Elasticsearch when another write lands between its read and its
    /// write. The update API knows only internal versions, so the document's version becomes V+1: a
    /// rebuild's snapshot at V is then refused (409) and re-tagged rather than left to its clean-up.
    /// </summary>
    private async Task Update(ProductId product, JsonObject partial, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync($"{Alias}/_update/{product}?refresh=wait_for&retry_on_conflict=3&require_alias=true", partial, ct);
        if (!await MissingDocument(response, ct)) await Check(response, ct);   // not indexed yet: ProductPublished will carry it
    }

    /// <summary>
    /// Rewrites the village's documents tagged with a new generation, re-tags those it could not
    /// overwrite (409: as new or newer already), then deletes, as a task, those of older generations
    /// written before the rebuild began: searchers see old or new versions of each product, never a
    /// missing village. Not covered: a product withdrawn between the snapshot's read and its bulk is
    /// written back (docs/adr/0014).
    /// </summary>
    public async Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct)
    {
        await EnsureInstalledAsync(ct);   // a new cluster, even for a village with no products
        var generation = Guid.NewGuid().ToString("N");
        var started = clock.GetUtcNow();
        var refused = new List<string>();
        await foreach (var batch in Batches(products, ct))
            refused.AddRange(await Bulk(EsDocuments.BulkItems(Alias, batch, clock.GetUtcNow(), generation), requireAlias: true, ct));
        if (refused.Count > 0) await Bulk(EsDocuments.Retag(Alias, refused, generation), requireAlias: true, ct);
        await RunTaskAsync($"{Alias}/_delete_by_query?refresh=true&conflicts=proceed&wait_for_completion=false",
            EsDocuments.DeleteOtherGenerations(tenant.ToString(), generation, started, ClockSkew), ct);
    }

    /// <summary>
    /// `reindex --all`: a new index from the current template (so mapping changes take effect), filled
    /// with every village, then the alias moved to it in one atomic request; documents events wrote
    /// to the old index meanwhile are copied over (never over a newer one) and the old index deleted.
    /// </summary>
    public async Task<int> ReplaceAllAsync(IReadOnlyList<TenantId> tenants, Func<TenantId, IAsyncEnumerable<IndexedProduct>> products, CancellationToken ct)
    {
        await PutTemplateAsync(ct);
        var started = clock.GetUtcNow();
        var target = $"{Alias}-{started.UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}";
        using (var created = await http.PutAsync(target, null, ct)) await Check(created, ct);
        var count = 0;
        foreach (var tenant in tenants)
        await foreach (var batch in Batches(products(tenant), ct))
        {
            await Bulk(EsDocuments.BulkItems(target, batch, clock.GetUtcNow()), requireAlias: false, ct);
            count += batch.Count;
        }

        var (behindAlias, concrete) = await CurrentIndicesAsync(ct);
        var actions = new JsonArray();
        if (concrete) actions.Add(new JsonObject { ["remove_index"] = new JsonObject { ["index"] = Alias } });   // an index by the alias's name, from before aliases
        foreach (var old in behindAlias) actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = old, ["alias"] = Alias } });
        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = target, ["alias"] = Alias } });
        using (var swapped = await http.PostAsJsonAsync("_aliases", new JsonObject { ["actions"] = actions }, ct)) await Check(swapped, ct);

        foreach (var old in behindAlias)
        {
            await CopyWrittenSinceAsync(old, target, started - ClockSkew, ct);
            using var deleted = await http.DeleteAsync(old, ct);
            if (deleted.StatusCode != HttpStatusCode.NotFound) await Check(deleted, ct);
        }
        return count;
    }

    /// <summary>Documents events wrote to <paramref name="from"/> during a rebuild, copied at their versions (external_gte).</summary>
    private async Task CopyWrittenSinceAsync(string from, string to, DateTimeOffset since, CancellationToken ct)
    {
        object? after = null;
        while (true)
        {
            var body = new JsonObject
            {
                ["size"] = BatchSize, ["version"] = true, ["sort"] = new JsonArray(new JsonObject { ["id"] = "asc" }),
                ["query"] = new JsonObject { ["range"] = new JsonObject { ["indexed"] = new JsonObject { ["gte"] = since.UtcTicks } } },
            };
            if (after is string last) body["search_after"] = new JsonArray(last);
            var root = await Post(http, $"{from}/_search", body, ct);
            var hits = root.GetProperty("hits").GetProperty("hits").EnumerateArray().ToList();
            if (hits.Count == 0) return;
            await Bulk([.. hits.Select(h => new JsonObject { ["index"] = new JsonObject
                {
                    ["_index"] = to, ["_id"] = h.GetProperty("_id").GetString(),
                    ["version"] = h.GetProperty("_version").GetInt64(), ["version_type"] = "external_gte",
                } }.ToJsonString() + "\n" + h.GetProperty("_source").GetRawText() + "\n")], requireAlias: false, ct);
            after = hits[^1].GetProperty("_id").GetString();
        }
    }

    /// <summary>The indices the alias points to, and whether a concrete index holds the alias's name instead.</summary>
    private async Task<(List<string> Indices, bool Concrete)> CurrentIndicesAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync($"_alias/{Alias}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, Alias);
            using var exists = await http.SendAsync(head, ct);
            return ([], exists.IsSuccessStatusCode);
        }
        await Check(response, ct);
        var root = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return ([.. root.EnumerateObject().Select(i => i.Name)], false);
    }

    /// <summary>
    /// The `migrate` step: puts the template, and creates the first index behind the alias unless the
    /// alias (or an index of that name, from before aliases) exists. Another node doing the same at
    /// once is the one harmless refusal (<c>resource_already_exists_exception</c>).
    /// </summary>
    public async Task InstallAsync(CancellationToken ct)
    {
        await PutTemplateAsync(ct);
        using var head = new HttpRequestMessage(HttpMethod.Head, Alias);
        using (var exists = await http.SendAsync(head, ct))
        {
            if (exists.IsSuccessStatusCode) return;
            if (exists.StatusCode != HttpStatusCode.NotFound) await Check(exists, ct);
        }
        using var created = await http.PutAsJsonAsync($"{Alias}-v1", new JsonObject { ["aliases"] = new JsonObject { [Alias] = new JsonObject() } }, ct);
        if (created.StatusCode == HttpStatusCode.BadRequest && await ErrorType(created, ct) == "resource_already_exists_exception") return;
        await Check(created, ct);
    }

    /// <summary>Installs only when the alias is missing (a new cluster): a rebuild never needs template rights otherwise.</summary>
    private async Task EnsureInstalledAsync(CancellationToken ct)
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, Alias);
        using var exists = await http.SendAsync(head, ct);
        if (exists.StatusCode == HttpStatusCode.NotFound) await InstallAsync(ct);
        else await Check(exists, ct);
    }

    private async Task PutTemplateAsync(CancellationToken ct)
    {
        using var template = await http.PutAsJsonAsync($"_index_template/{Alias}", IndexTemplate.Body(Alias), ct);
        await Check(template, ct);
    }

    /// <summary>
    /// Submits a long operation as a task (<c>wait_for_completion=false</c>) and polls <c>_tasks</c> until it
    /// completes: no HTTP request lasts as long as the operation, so none is timed out and sent again.
    /// </summary>
    private async Task<JsonElement> RunTaskAsync(string path, JsonObject body, CancellationToken ct)
    {
        var submitted = await Post(http, path, body, ct);
        var task = submitted.GetProperty("task").GetString()!;
        while (true)
        {
            await Task.Delay(options.TaskPollInterval, ct);
            using var response = await http.GetAsync($"_tasks/{task}", ct);
            await Check(response, ct);
            var status = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone();
            if (!status.GetProperty("completed").GetBoolean()) continue;
            if (status.TryGetProperty("error", out var error))
                throw new HttpRequestException($"Elasticsearch task {task} failed: {Short(error.GetRawText())}");
            var result = status.GetProperty("response");
            if (result.TryGetProperty("failures", out var failures) && failures.GetArrayLength() > 0)
                throw new HttpRequestException($"Elasticsearch task {task} had failures: {Short(failures.GetRawText())}");
            return result;
        }
    }

    public async Task<SearchResult> SearchAsync(EngineQuery query, CancellationToken ct)
    {
        var root = await Post(searching, $"{Alias}/_search", EsQueries.Search(query), ct);
        var didYouMean = Total(root) == 0 && query.SuggestSpelling && !query.Plan.MatchesEverything ? await DidYouMean(query, ct) : null;
        return EsResponses.Search(root, query, didYouMean);
    }

    /// <summary>
    /// The term suggester reads the whole index, so its correction is kept only if it finds something
    /// where the buyer searches (this village, or the visible villages), as Lucene's is.
    /// </summary>
    private async Task<string?> DidYouMean(EngineQuery query, CancellationToken ct)
    {
        if (EsResponses.DidYouMean(await Post(searching, $"{Alias}/_search", EsQueries.DidYouMean(query.Query.Text ?? ""), ct)) is not { } suggestion) return null;
        var check = await Post(searching, $"{Alias}/_search", EsQueries.FindsAnything(QueryPlanner.Plan(suggestion, []), query.Query.Tenant, query.HiddenTenants), ct);
        return Total(check) > 0 ? suggestion : null;
    }

    private static long Total(JsonElement root) => root.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt64();

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, IReadOnlyCollection<TenantId> hidden, CancellationToken ct) =>
        Analysis.Folding.Words(query.Prefix).Count == 0 ? [] : EsResponses.Suggestions(await Post(searching, $"{Alias}/_search", EsQueries.Suggest(query, hidden), ct), query);

    private static async Task<JsonElement> Post(HttpClient client, string path, JsonObject body, CancellationToken ct)
    {
        using var response = await client.PostAsJsonAsync(path, body, ct);
        await Check(response, ct);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone();
    }

    /// <summary>
    /// Sends bulk items (each an action line and, but for deletes, a source line); answers the ids of
    /// those refused with 409 (a version as new or newer is indexed, which is what external_gte is
    /// for). Items refused with 429 (a full write queue), or the whole request answered 429 or 503,
    /// are sent again with back-off; any other refusal fails. <paramref name="requireAlias"/>: writes
    /// through the alias never create an index by its name when it is missing.
    /// </summary>
    private async Task<List<string>> Bulk(IReadOnlyList<string> items, bool requireAlias, CancellationToken ct)
    {
        var conflicts = new List<string>();
        var pending = items;
        for (var attempt = 0; ; attempt++)
        {
            using var content = new StringContent(string.Concat(pending), Encoding.UTF8, "application/x-ndjson");
            using var response = await http.PostAsync(requireAlias ? "_bulk?refresh=wait_for&require_alias=true" : "_bulk?refresh=wait_for", content, ct);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < options.BulkRetries)
            {
                await BackOff(attempt, ct);
                continue;
            }
            await Check(response, ct);
            var result = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (!result.GetProperty("errors").GetBoolean()) return conflicts;
            var again = new List<string>();
            var failed = new List<string>();
            var i = 0;
            foreach (var item in result.GetProperty("items").EnumerateArray())
            {
                var outcome = item.EnumerateObject().First();
                var status = outcome.Value.GetProperty("status").GetInt32();
                var errorType = outcome.Value.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (status == 409) conflicts.Add(outcome.Value.GetProperty("_id").GetString()!);
                else if (status == 429) again.Add(pending[i]);
                else if (status == 404 && outcome.Name == "update" && errorType == "document_missing_exception") { }   // re-tag of a product deleted meanwhile
                else if (status is < 200 or >= 300) failed.Add(outcome.Value.GetRawText());
                i++;
            }
            if (failed.Count > 0) throw new HttpRequestException($"Elasticsearch rejected {failed.Count} bulk item(s): {Short(string.Join(", ", failed))}");
            if (again.Count == 0) return conflicts;
            if (attempt >= options.BulkRetries)
                throw new HttpRequestException($"Elasticsearch still refused {again.Count} bulk item(s) with 429 after {attempt + 1} attempts", null, HttpStatusCode.TooManyRequests);
            await BackOff(attempt, ct);
            pending = again;
        }
    }

    private Task BackOff(int attempt, CancellationToken ct) =>
        Task.Delay(options.BulkBackoff * Math.Pow(2, Math.Min(attempt, 6)), ct);

    private static async IAsyncEnumerable<List<IndexedProduct>> Batches(IAsyncEnumerable<IndexedProduct> products, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var batch = new List<IndexedProduct>(BatchSize);
        await foreach (var p in products.WithCancellation(ct))
        {
            batch.Add(p);
            if (batch.Count < BatchSize) continue;
            yield return batch;
            batch = new List<IndexedProduct>(BatchSize);
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>A 404 for the document (fine: nothing to delete or update), not for the index (the alias is missing: not installed).</summary>
    private static async Task<bool> MissingDocument(HttpResponseMessage response, CancellationToken ct) =>
        response.StatusCode == HttpStatusCode.NotFound && await ErrorType(response, ct) is null or "document_missing_exception";

    private static async Task<string?> ErrorType(HttpResponseMessage response, CancellationToken ct)
    {
        await response.Content.LoadIntoBufferAsync(ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object && error.TryGetProperty("type", out var type)
                ? type.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Short(string text) => text[..Math.Min(2000, text.Length)];

    private static async Task Check(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var body = response.Content is null ? "" : await response.Content.ReadAsStringAsync(ct);
        throw new HttpRequestException($"Elasticsearch answered {(int)response.StatusCode}: {Short(body)}", null, response.StatusCode);
    }
}
