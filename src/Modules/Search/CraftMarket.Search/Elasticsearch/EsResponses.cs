using System.Text.Json;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Search.Elasticsearch;

/// <summary>Elasticsearch answers mapped to the shared result contract.</summary>
internal static class EsResponses
{
    public static SearchResult Search(JsonElement root, EngineQuery engineQuery, string? didYouMean)
    {
        var query = engineQuery.Query;
        var hitsNode = root.GetProperty("hits");
        var total = hitsNode.GetProperty("total").GetProperty("value").GetInt64();
        var hits = hitsNode.GetProperty("hits").EnumerateArray()
            .Select(h => Hits.From(Source(h), query.Language, engineQuery.Plan)).ToList();
        var counts = new Dictionary<string, IReadOnlyDictionary<string, long>>();
        if (root.TryGetProperty("aggregations", out var aggs))
            foreach (var facet in aggs.EnumerateObject())
            {
                var values = Buckets(facet.Value.GetProperty("values"));
                if (facet.Value.TryGetProperty("selected", out var selected))
                    foreach (var (value, count) in Buckets(selected)) values[value] = count;
                counts[facet.Name] = values;
            }
        return new SearchResult(total, query.Page, query.PageSize, hits,
            FacetShaping.ShapeAll(query, f => counts.GetValueOrDefault(f) ?? new Dictionary<string, long>()), didYouMean);
    }

    private static Dictionary<string, long> Buckets(JsonElement terms) =>
        terms.GetProperty("buckets").EnumerateArray().ToDictionary(b => b.GetProperty("key").ToString(), b => b.GetProperty("doc_count").GetInt64());

    public static IReadOnlyList<Suggestion> Suggestions(JsonElement root, SuggestQuery query)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<Suggestion>();
        foreach (var hit in root.GetProperty("hits").GetProperty("hits").EnumerateArray())
        {
            var p = Source(hit).Product;
            var name = ProductText.Display(p.Name, query.Language);
            if (seen.Add(name)) found.Add(new Suggestion(name, p.Id.ToString(), p.TenantSlug));
            if (found.Count == query.Limit) break;
        }
        return found;
    }

    /// <summary>Each word replaced by its best suggestion from either suggester; null when nothing changed.</summary>
    public static string? DidYouMean(JsonElement root)
    {
        if (!root.TryGetProperty("suggest", out var suggest)) return null;
        var words = new SortedDictionary<int, (string Text, string? Best, double Score)>();
        foreach (var suggester in suggest.EnumerateObject())
        foreach (var entry in suggester.Value.EnumerateArray())
        {
            var offset = entry.GetProperty("offset").GetInt32();
            var text = entry.GetProperty("text").GetString()!;
            var current = words.GetValueOrDefault(offset, (text, null, double.MinValue));
            foreach (var option in entry.GetProperty("options").EnumerateArray())
            {
                var score = option.GetProperty("score").GetDouble() * 1000 + option.GetProperty("freq").GetInt64();
                if (score > current.Score) current = (text, option.GetProperty("text").GetString(), score);
            }
            words[offset] = current;
        }
        return words.Values.Any(w => w.Best is not null) ? string.Join(' ', words.Values.Select(w => w.Best ?? w.Text)) : null;
    }

    private static IndexedProduct Source(JsonElement hit) =>
        hit.GetProperty("_source").GetProperty("source").Deserialize<IndexedProduct>(OutboxJson.Options)!;
}
