using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// An Elasticsearch 8 stand-in that keeps indices, documents with versions, aliases and index
/// templates, and refuses what the reference says Elasticsearch refuses, with its error types:
/// templates apply only when an index is created (explicitly, or automatically by a write to a
/// missing name unless <c>require_alias</c>); <c>dynamic: strict</c> rejects unknown fields
/// (strict_dynamic_mapping_exception); external_gte refuses an older version per bulk item (409
/// version_conflict_engine_exception); the update API refuses external versions and bumps the
/// internal version (V+1); creating an existing index is resource_already_exists_exception; an
/// index-only API key gets 403 for templates; a missing index is 404 index_not_found_exception;
/// terms aggregations keep the top <c>size</c> buckets; <c>wait_for_completion=false</c> answers a
/// task polled through <c>_tasks</c>. Queries it cannot evaluate (text matching) answer 500 rather
/// than a made-up result. Faults to inject: per-item 429s, update conflicts, slow bulks.
/// </summary>
internal sealed class FakeElasticsearch : HttpMessageHandler
{
    private sealed class Doc(JsonObject source, long version)
    {
        public JsonObject Source { get; set; } = source;
        public long Version { get; set; } = version;
    }

    private sealed class Index
    {
        public JsonObject Properties { get; } = new();
        public bool Strict { get; set; }
        public Dictionary<string, Doc> Docs { get; } = new(StringComparer.Ordinal);
    }

    private readonly object gate = new();
    private readonly Dictionary<string, JsonObject> templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Index> indices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int PollsLeft, JsonObject Response)> tasks = new(StringComparer.Ordinal);
    private int taskCount;

    public List<Sent> Requests { get; } = [];

    /// <summary>The API key has index privileges only: cluster-level requests (templates, tasks) get 403.</summary>
    public bool IndexOnlyKey { get; set; }

    /// <summary>The next this many bulk items (index or update) are refused with 429 es_rejected_execution_exception.</summary>
    public int RejectItems { get; set; }

    /// <summary>The next this many update attempts meet a concurrent write (409 unless retried via retry_on_conflict).</summary>
    public int UpdateConflicts { get; set; }

    /// <summary>How long a bulk request takes.</summary>
    public TimeSpan BulkDelay { get; set; }

    /// <summary>How many polls of a task answer <c>completed: false</c> before it completes.</summary>
    public int TaskPolls { get; set; } = 1;

    public IEnumerable<Sent> To(string pathStart) => Requests.Where(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal));

    /// <summary>The documents of an index or of the index behind an alias, by id.</summary>
    public IReadOnlyDictionary<string, JsonObject> Documents(string target)
    {
        lock (gate) return Resolve(target).SelectMany(i => indices[i].Docs).ToDictionary(d => d.Key, d => (JsonObject)d.Value.Source.DeepClone());
    }

    public long VersionOf(string target, string id)
    {
        lock (gate) return Resolve(target).Select(i => indices[i].Docs.GetValueOrDefault(id)).First(d => d is not null)!.Version;
    }

    public IReadOnlyList<string> IndicesBehind(string alias)
    {
        lock (gate) return aliases.TryGetValue(alias, out var set) ? [.. set.Order(StringComparer.Ordinal)] : [];
    }

    public IReadOnlyList<string> IndexNames
    {
        get { lock (gate) return [.. indices.Keys.Order(StringComparer.Ordinal)]; }
    }

    public bool HasField(string index, string field)
    {
        lock (gate) return indices[index].Properties.ContainsKey(field);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var uri = request.RequestUri!;
        lock (gate) Requests.Add(new Sent(request.Method.Method, uri.PathAndQuery, request.Content?.Headers.ContentType?.MediaType, body));
        var query = Query(uri.Query);
        var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments is ["_bulk"] && BulkDelay > TimeSpan.Zero) await Task.Delay(BulkDelay, ct);
        try
        {
            lock (gate) return Route(request.Method.Method, segments, query, body);
        }
        catch (Unsupported e)
        {
            return Answer(HttpStatusCode.InternalServerError, new JsonObject { ["fake"] = "cannot evaluate: " + e.Message });
        }
    }

    private HttpResponseMessage Route(string method, string[] path, Dictionary<string, string> query, string body) => (method, path) switch
    {
        ("GET", []) => Ok(new JsonObject { ["version"] = new JsonObject { ["number"] = "8.15.0" }, ["tagline"] = "You Know, for Search" }),
        ("PUT", ["_index_template", var name]) => PutTemplate(name, Json(body)),
        ("POST" or "PUT", ["_bulk"]) => Bulk(null, query, body),
        ("POST", ["_aliases"]) => UpdateAliases(Json(body)),
        ("GET", ["_alias", var name]) => GetAlias(name),
        ("GET", ["_tasks", var id]) => GetTask(id),
        ("HEAD", [var name]) => new HttpResponseMessage(Resolve(name).Count > 0 ? HttpStatusCode.OK : HttpStatusCode.NotFound),
        ("PUT", [var name]) => CreateIndex(name, body.Length == 0 ? new JsonObject() : Json(body)),
        ("DELETE", [var name]) => DeleteIndex(name),
        ("POST" or "GET", [var target, "_search"]) => Search(target, Json(body)),
        ("DELETE", [var target, "_doc", var id]) => DeleteDoc(target, id),
        ("POST", [var target, "_update", var id]) => UpdateDoc(target, id, query, Json(body)),
        ("POST", [var target, "_delete_by_query"]) => DeleteByQuery(target, query, Json(body)),
        _ => throw new Unsupported($"{method} /{string.Join('/', path)}"),
    };

    // ---- templates and indices ----

    private HttpResponseMessage PutTemplate(string name, JsonObject body)
    {
        if (IndexOnlyKey) return Error(HttpStatusCode.Forbidden, "security_exception",
            $"action [indices:admin/index_template/put] is unauthorized for API key id [index-only] of user [search], this action is granted by the cluster privileges [manage_index_templates,manage,all]");
        if (body["index_patterns"] is not JsonArray { Count: > 0 }) return Error(HttpStatusCode.BadRequest, "action_request_validation_exception", "Validation Failed: 1: index patterns are missing;");
        templates[name] = body;
        return Ok(new JsonObject { ["acknowledged"] = true });
    }

    private HttpResponseMessage CreateIndex(string name, JsonObject body)
    {
        if (indices.ContainsKey(name)) return Error(HttpStatusCode.BadRequest, "resource_already_exists_exception", $"index [{name}/abc] already exists");
        if (aliases.ContainsKey(name)) return Error(HttpStatusCode.BadRequest, "invalid_index_name_exception", $"Invalid index name [{name}], already exists as alias");
        Create(name, body["mappings"] as JsonObject);
        if (body["aliases"] is JsonObject requested) foreach (var alias in requested) Alias(alias.Key).Add(name);
        return Ok(new JsonObject { ["acknowledged"] = true, ["shards_acknowledged"] = true, ["index"] = name });
    }

    /// <summary>A new index takes the mappings of the highest-priority template whose pattern matches its name, now and only now.</summary>
    private Index Create(string name, JsonObject? mappings)
    {
        var index = new Index();
        var template = templates.Values.Where(t => t["index_patterns"]!.AsArray().Any(p => Glob(p!.GetValue<string>(), name)))
            .OrderByDescending(t => t["priority"]?.GetValue<int>() ?? 0).FirstOrDefault();
        foreach (var source in new[] { template?["template"]?["mappings"] as JsonObject, mappings })
        {
            if (source is null) continue;
            if (source["dynamic"]?.GetValue<string>() == "strict") index.Strict = true;
            if (source["properties"] is JsonObject props) foreach (var p in props) index.Properties[p.Key] = p.Value?.DeepClone();
        }
        indices[name] = index;
        return index;
    }

    private static bool Glob(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private HttpResponseMessage DeleteIndex(string name)
    {
        if (aliases.ContainsKey(name)) return Error(HttpStatusCode.BadRequest, "illegal_argument_exception",
            $"The provided expression [{name}] matches an alias, specify the corresponding concrete indices instead.");
        if (!indices.Remove(name)) return IndexNotFound(name);
        foreach (var set in aliases.Values) set.Remove(name);
        foreach (var empty in aliases.Where(a => a.Value.Count == 0).Select(a => a.Key).ToList()) aliases.Remove(empty);
        return Ok(new JsonObject { ["acknowledged"] = true });
    }

    private HashSet<string> Alias(string name) => aliases.TryGetValue(name, out var set) ? set : aliases[name] = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>All actions checked first, then applied together (the alias moves atomically); remove_index may free the name for an alias.</summary>
    private HttpResponseMessage UpdateAliases(JsonObject body)
    {
        var removedIndices = new List<string>();
        foreach (var action in body["actions"]!.AsArray().Select(a => a!.AsObject().Single()))
        {
            var index = action.Value!["index"]!.GetValue<string>();
            if (!indices.ContainsKey(index)) return IndexNotFound(index);
            if (action.Key == "remove" && !(aliases.GetValueOrDefault(action.Value["alias"]!.GetValue<string>())?.Contains(index) ?? false))
                return Error(HttpStatusCode.NotFound, "aliases_not_found_exception", $"aliases [{action.Value["alias"]}] missing");
            if (action.Key == "remove_index") removedIndices.Add(index);
            if (action.Key == "add" && indices.ContainsKey(action.Value["alias"]!.GetValue<string>()) && !removedIndices.Contains(action.Value["alias"]!.GetValue<string>()))
                return Error(HttpStatusCode.BadRequest, "invalid_alias_name_exception", $"Invalid alias name [{action.Value["alias"]}]: an index or data stream exists with the same name as the alias");
        }
        foreach (var action in body["actions"]!.AsArray().Select(a => a!.AsObject().Single()))
        {
            var index = action.Value!["index"]!.GetValue<string>();
            switch (action.Key)
            {
                case "add": Alias(action.Value["alias"]!.GetValue<string>()).Add(index); break;
                case "remove": aliases[action.Value["alias"]!.GetValue<string>()].Remove(index); break;
                case "remove_index": DeleteIndex(index); break;
                default: throw new Unsupported("alias action " + action.Key);
            }
        }
        foreach (var empty in aliases.Where(a => a.Value.Count == 0).Select(a => a.Key).ToList()) aliases.Remove(empty);
        return Ok(new JsonObject { ["acknowledged"] = true });
    }

    private HttpResponseMessage GetAlias(string name)
    {
        if (!aliases.TryGetValue(name, out var set)) return Answer(HttpStatusCode.NotFound, new JsonObject { ["error"] = $"alias [{name}] missing", ["status"] = 404 });
        var answer = new JsonObject();
        foreach (var index in set) answer[index] = new JsonObject { ["aliases"] = new JsonObject { [name] = new JsonObject() } };
        return Ok(answer);
    }

    private List<string> Resolve(string target) =>
        aliases.TryGetValue(target, out var set) ? [.. set] : indices.ContainsKey(target) ? [target] : [];

    /// <summary>The index a write to <paramref name="target"/> goes to: an alias must point to exactly one.</summary>
    private (string? Index, HttpStatusCode Status, JsonObject? Error) WriteIndex(string target, bool requireAlias, bool autoCreate)
    {
        if (aliases.TryGetValue(target, out var set))
            return set.Count == 1 ? (set.Single(), HttpStatusCode.OK, null)
                : (null, HttpStatusCode.BadRequest, ErrorBody("illegal_argument_exception", $"no write index is defined for alias [{target}]"));
        if (requireAlias)
            return (null, HttpStatusCode.NotFound, ErrorBody("index_not_found_exception", $"no such index [{target}] and [require_alias] request flag is [true] and [{target}] is not an alias"));
        if (indices.ContainsKey(target)) return (target, HttpStatusCode.OK, null);
        if (!autoCreate) return (null, HttpStatusCode.NotFound, ErrorBody("index_not_found_exception", $"no such index [{target}]"));
        Create(target, null);
        return (target, HttpStatusCode.OK, null);
    }

    // ---- documents ----

    private HttpResponseMessage Bulk(string? defaultIndex, Dictionary<string, string> query, string body)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!body.EndsWith('\n')) return Error(HttpStatusCode.BadRequest, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]");
        var requireAlias = query.GetValueOrDefault("require_alias") == "true";
        var items = new JsonArray();
        var errors = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var action = Json(lines[i]).Single();
            var meta = action.Value!.AsObject();
            var id = meta["_id"]!.GetValue<string>();
            var target = meta["_index"]?.GetValue<string>() ?? defaultIndex ?? throw new Unsupported("bulk item without _index");
            JsonObject? source = action.Key == "delete" ? null : Json(lines[++i]);
            JsonObject outcome;
            if (action.Key != "delete" && RejectItems > 0)
            {
                RejectItems--;
                outcome = ItemError(target, id, 429, ErrorBody("es_rejected_execution_exception",
                    "rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=1, max_coordinating_and_primary_bytes=0]"));
            }
            else
            {
                var (index, status, error) = WriteIndex(target, requireAlias, autoCreate: action.Key != "delete");
                outcome = index is null ? ItemError(target, id, (int)status, error!) : action.Key switch
                {
                    "index" => IndexDoc(index, id, meta, source!),
                    "update" => Update(index, id, meta["retry_on_conflict"]?.GetValue<int>() ?? 0, source!),
                    _ => throw new Unsupported("bulk action " + action.Key),
                };
            }
            errors |= outcome.ContainsKey("error");
            items.Add(new JsonObject { [action.Key] = outcome });
        }
        return Ok(new JsonObject { ["took"] = 1, ["errors"] = errors, ["items"] = items });
    }

    private JsonObject IndexDoc(string index, string id, JsonObject meta, JsonObject source)
    {
        var docs = indices[index].Docs;
        var existing = docs.GetValueOrDefault(id);
        long version;
        switch (meta["version_type"]?.GetValue<string>())
        {
            case null or "internal":
                if (meta.ContainsKey("version")) return ItemError(index, id, 400, ErrorBody("action_request_validation_exception",
                    "Validation Failed: 1: internal versioning can not be used for optimistic concurrency control. Please use `if_seq_no` and `if_primary_term` instead;"));
                version = (existing?.Version ?? 0) + 1;
                break;
            case "external_gte" or "external":
                if (meta["version"] is null) return ItemError(index, id, 400, ErrorBody("action_request_validation_exception", "Validation Failed: 1: an external version must be set;"));
                version = meta["version"]!.GetValue<long>();
                var refused = meta["version_type"]!.GetValue<string>() == "external_gte" ? existing?.Version > version : existing?.Version >= version;
                if (refused) return ItemError(index, id, 409, ErrorBody("version_conflict_engine_exception",
                    $"[{id}]: version conflict, current version [{existing!.Version}] is higher or equal to the one provided [{version}]"));
                break;
            default: throw new Unsupported("version_type " + meta["version_type"]);
        }
        if (Unmapped(indices[index], source) is { } field) return ItemError(index, id, 400, StrictError(field));
        Map(indices[index], source);
        docs[id] = new Doc((JsonObject)source.DeepClone(), version);
        return new JsonObject { ["_index"] = index, ["_id"] = id, ["_version"] = version, ["result"] = existing is null ? "created" : "updated", ["status"] = existing is null ? 201 : 200 };
    }

    private JsonObject Update(string index, string id, int retryOnConflict, JsonObject body)
    {
        var docs = indices[index].Docs;
        if (!docs.TryGetValue(id, out var doc)) return ItemError(index, id, 404, ErrorBody("document_missing_exception", $"[{id}]: document missing"));
        if (UpdateConflicts > 0)
        {
            var absorbed = Math.Min(UpdateConflicts, retryOnConflict);
            UpdateConflicts -= absorbed;
            if (UpdateConflicts > 0)
            {
                UpdateConflicts--;
                return ItemError(index, id, 409, ErrorBody("version_conflict_engine_exception",
                    $"[{id}]: version conflict, required seqNo [1], primary term [1]. current document has seqNo [2] and primary term [1]"));
            }
        }
        var merged = (JsonObject)doc.Source.DeepClone();
        Merge(merged, body["doc"] as JsonObject ?? throw new Unsupported("update without doc"));
        if (Unmapped(indices[index], merged) is { } field) return ItemError(index, id, 400, StrictError(field));
        Map(indices[index], merged);
        doc.Source = merged;
        doc.Version++;   // the update API knows only internal versioning
        return new JsonObject { ["_index"] = index, ["_id"] = id, ["_version"] = doc.Version, ["result"] = "updated", ["status"] = 200 };
    }

    private static void Merge(JsonObject into, JsonObject partial)
    {
        foreach (var (key, value) in partial.ToList())
            if (value is JsonObject child && into[key] is JsonObject existing) Merge(existing, child);
            else into[key] = value?.DeepClone();
    }

    /// <summary>Under dynamic: strict a new top-level field is refused (objects mapped with enabled: false take anything).</summary>
    private static string? Unmapped(Index index, JsonObject source) =>
        index.Strict ? source.Select(p => p.Key).FirstOrDefault(k => !index.Properties.ContainsKey(k)) : null;

    private static void Map(Index index, JsonObject source)
    {
        foreach (var (key, _) in source) if (!index.Properties.ContainsKey(key)) index.Properties[key] = new JsonObject { ["type"] = "dynamic" };
    }

    private static JsonObject StrictError(string field) =>
        ErrorBody("strict_dynamic_mapping_exception", $"[1:2] mapping set to strict, dynamic introduction of [{field}] within [_doc] is not allowed");

    private HttpResponseMessage UpdateDoc(string target, string id, Dictionary<string, string> query, JsonObject body)
    {
        if (query.ContainsKey("version") || query.ContainsKey("version_type"))
            return Error(HttpStatusCode.BadRequest, "action_request_validation_exception", "Validation Failed: 1: update requests do not support versioning;");
        var (index, status, error) = WriteIndex(target, query.GetValueOrDefault("require_alias") == "true", autoCreate: true);
        if (index is null) return Answer(status, new JsonObject { ["error"] = error, ["status"] = (int)status });
        var outcome = Update(index, id, int.Parse(query.GetValueOrDefault("retry_on_conflict") ?? "0", CultureInfo.InvariantCulture), body);
        var code = outcome["status"]!.GetValue<int>();
        return code < 300 ? Ok(outcome) : Answer((HttpStatusCode)code, new JsonObject { ["error"] = outcome["error"]!.DeepClone(), ["status"] = code });
    }

    private HttpResponseMessage DeleteDoc(string target, string id)
    {
        var (index, status, error) = WriteIndex(target, false, autoCreate: false);
        if (index is null) return Answer(status, new JsonObject { ["error"] = error, ["status"] = (int)status });
        var found = indices[index].Docs.Remove(id);
        return Answer(found ? HttpStatusCode.OK : HttpStatusCode.NotFound,
            new JsonObject { ["_index"] = index, ["_id"] = id, ["result"] = found ? "deleted" : "not_found" });
    }

    // ---- searching and by-query operations ----

    private HttpResponseMessage DeleteByQuery(string target, Dictionary<string, string> query, JsonObject body)
    {
        var targets = Resolve(target);
        if (targets.Count == 0) return IndexNotFound(target);
        var deleted = 0;
        foreach (var index in targets)
            foreach (var (id, _) in indices[index].Docs.Where(d => Matches(body["query"]!, d.Value.Source)).ToList())
            {
                indices[index].Docs.Remove(id);
                deleted++;
            }
        var response = new JsonObject { ["took"] = 1, ["timed_out"] = false, ["total"] = deleted, ["deleted"] = deleted, ["version_conflicts"] = 0, ["failures"] = new JsonArray() };
        if (query.GetValueOrDefault("wait_for_completion") != "false") return Ok(response);
        var task = $"fakeNode:{++taskCount}";
        tasks[task] = (TaskPolls, response);
        return Ok(new JsonObject { ["task"] = task });
    }

    private HttpResponseMessage GetTask(string id)
    {
        if (IndexOnlyKey) return Error(HttpStatusCode.Forbidden, "security_exception", "action [cluster:monitor/task/get] is unauthorized");
        if (!tasks.TryGetValue(id, out var task)) return Error(HttpStatusCode.NotFound, "resource_not_found_exception", $"task [{id}] isn't running and hasn't stored its results");
        var done = task.PollsLeft <= 0;
        tasks[id] = (task.PollsLeft - 1, task.Response);
        var answer = new JsonObject { ["completed"] = done, ["task"] = new JsonObject { ["node"] = "fakeNode", ["action"] = "indices:data/write/delete/byquery" } };
        if (done) answer["response"] = task.Response.DeepClone();
        return Ok(answer);
    }

    private HttpResponseMessage Search(string target, JsonObject body)
    {
        var targets = Resolve(target);
        if (targets.Count == 0) return IndexNotFound(target);
        var docs = targets.SelectMany(i => indices[i].Docs.Select(d => (Index: i, Id: d.Key, Doc: d.Value)))
            .Where(d => Matches(body["query"] ?? new JsonObject { ["match_all"] = new JsonObject() }, d.Doc.Source)).ToList();
        var hits = docs.Where(d => body["post_filter"] is not { } pf || Matches(pf, d.Doc.Source)).ToList();
        foreach (var sort in ((body["sort"] as JsonArray) ?? []).Reverse())
        {
            if (sort is JsonValue) continue;   // _score: every evaluated hit scores alike
            var (field, order) = sort!.AsObject().Single();
            var key = (Func<(string, string, Doc), string>)(d => Values(d.Item3.Source, field).FirstOrDefault() ?? "");
            hits = order!.GetValue<string>() == "desc" ? [.. hits.OrderByDescending(key, StringComparer.Ordinal)] : [.. hits.OrderBy(key, StringComparer.Ordinal)];
        }
        if (body["search_after"] is JsonArray after) hits = [.. hits.Where(h => string.CompareOrdinal(Values(h.Doc.Source, "id").FirstOrDefault(), after[0]!.GetValue<string>()) > 0)];
        var from = body["from"]?.GetValue<int>() ?? 0;
        var size = body["size"]?.GetValue<int>() ?? 10;
        var wanted = body["_source"] as JsonArray;
        var answer = new JsonObject
        {
            ["took"] = 1, ["timed_out"] = false,
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = hits.Count, ["relation"] = "eq" },
                ["hits"] = new JsonArray([.. hits.Skip(from).Take(size).Select(h =>
                {
                    var source = wanted is null ? (JsonObject)h.Doc.Source.DeepClone()
                        : new JsonObject([.. h.Doc.Source.Where(p => wanted.Any(w => w!.GetValue<string>() == p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))]);
                    var hit = new JsonObject { ["_index"] = h.Index, ["_id"] = h.Id, ["_score"] = 1.0, ["_source"] = source };
                    if (body["version"]?.GetValue<bool>() == true) hit["_version"] = h.Doc.Version;
                    return (JsonNode)hit;
                })]),
            },
        };
        if (body["aggs"] is JsonObject aggs) answer["aggregations"] = Aggregate(aggs, [.. docs.Select(d => d.Doc.Source)]);
        return Ok(answer);
    }

    private JsonObject Aggregate(JsonObject aggs, List<JsonObject> docs)
    {
        var result = new JsonObject();
        foreach (var (name, node) in aggs)
        {
            var agg = node!.AsObject();
            if (agg["filter"] is { } filter)
            {
                var matching = docs.Where(d => Matches(filter, d)).ToList();
                var bucket = new JsonObject { ["doc_count"] = matching.Count };
                if (agg["aggs"] is JsonObject sub) foreach (var (k, v) in Aggregate(sub, matching).ToList()) bucket[k] = v?.DeepClone();
                result[name] = bucket;
            }
            else if (agg["terms"] is JsonObject terms)
            {
                var field = terms["field"]!.GetValue<string>();
                var include = (terms["include"] as JsonArray)?.Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
                var counts = docs.SelectMany(d => Values(d, field).Distinct()).Where(v => include is null || include.Contains(v))
                    .GroupBy(v => v, StringComparer.Ordinal).Select(g => (Key: g.Key, Count: g.Count()))
                    .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
                var size = terms["size"]?.GetValue<int>() ?? 10;
                result[name] = new JsonObject
                {
                    ["doc_count_error_upper_bound"] = 0,
                    ["sum_other_doc_count"] = counts.Skip(size).Sum(c => c.Count),
                    ["buckets"] = new JsonArray([.. counts.Take(size).Select(c => (JsonNode)new JsonObject { ["key"] = c.Key, ["doc_count"] = c.Count })]),
                };
            }
            else throw new Unsupported("aggregation " + agg.ToJsonString());
        }
        return result;
    }

    /// <summary>Filters only (bool, term, terms, range, match_all): text scoring is Elasticsearch's own, which this fake does not pretend to have.</summary>
    private static bool Matches(JsonNode query, JsonObject doc)
    {
        var (type, clause) = query.AsObject().Single();
        switch (type)
        {
            case "match_all": return true;
            case "bool":
                var b = clause!.AsObject();
                IEnumerable<JsonNode> All(string key) => b[key] switch { JsonArray a => a.Select(n => n!), JsonObject o => [o], _ => [] };
                if (!All("must").Concat(All("filter")).All(q => Matches(q, doc))) return false;
                if (All("must_not").Any(q => Matches(q, doc))) return false;
                var should = All("should").ToList();
                var minimum = b["minimum_should_match"]?.GetValue<int>() ?? (b.ContainsKey("must") || b.ContainsKey("filter") || should.Count == 0 ? 0 : 1);
                return should.Count(q => Matches(q, doc)) >= minimum;
            case "term":
                var (tf, tv) = clause!.AsObject().Single();
                var wanted = tv is JsonObject o2 ? o2["value"]! : tv!;
                return Values(doc, tf).Contains(Scalar(wanted), StringComparer.Ordinal);
            case "terms":
                var (sf, sv) = clause!.AsObject().Single();
                return sv!.AsArray().Any(v => Values(doc, sf).Contains(Scalar(v!), StringComparer.Ordinal));
            case "range":
                var (rf, bounds) = clause!.AsObject().Single();
                return Values(doc, rf).Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).Any(v => bounds!.AsObject().All(bound =>
                {
                    var limit = bound.Value!.GetValue<decimal>();
                    return bound.Key switch { "lt" => v < limit, "lte" => v <= limit, "gt" => v > limit, "gte" => v >= limit, _ => throw new Unsupported("range " + bound.Key) };
                }));
            default: throw new Unsupported("query " + type);
        }
    }

    private static string Scalar(JsonNode value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static IEnumerable<string> Values(JsonObject doc, string field) => doc[field] switch
    {
        null => [],
        JsonArray a => a.Where(v => v is not null).Select(v => Scalar(v!)),
        var v => [Scalar(v)],
    };

    // ---- answers ----

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    private static Dictionary<string, string> Query(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "true", StringComparer.Ordinal);

    private static JsonObject ErrorBody(string type, string reason) =>
        new() { ["root_cause"] = new JsonArray(new JsonObject { ["type"] = type, ["reason"] = reason }), ["type"] = type, ["reason"] = reason };

    private static JsonObject ItemError(string index, string id, int status, JsonObject error) =>
        new() { ["_index"] = index, ["_id"] = id, ["status"] = status, ["error"] = error };

    private static HttpResponseMessage Error(HttpStatusCode status, string type, string reason) =>
        Answer(status, new JsonObject { ["error"] = ErrorBody(type, reason), ["status"] = (int)status });

    private static HttpResponseMessage IndexNotFound(string name) => Error(HttpStatusCode.NotFound, "index_not_found_exception", $"no such index [{name}]");

    private static HttpResponseMessage Ok(JsonObject body) => Answer(HttpStatusCode.OK, body);

    private static HttpResponseMessage Answer(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private sealed class Unsupported(string what) : Exception(what);

    /// <summary>Clients over this fake, as the engine's factory hands them out.</summary>
    public IHttpClientFactory Clients() => new Factory(this);

    private sealed class Factory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
    }
}
