using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Search.Elasticsearch;

/// <summary>A product as an Elasticsearch document (same fields as the Lucene document) and _bulk bodies.</summary>
internal static class EsDocuments
{
    public static JsonObject Build(IndexedProduct indexed, string? generation = null)
    {
        var p = indexed.Product;
        var doc = new JsonObject
        {
            ["id"] = p.Id.ToString(), ["tenant"] = p.TenantId.ToString(), ["tenant_slug"] = p.TenantSlug,
            ["price"] = (long)decimal.Round(p.BasePriceVnd), ["published"] = p.PublishedAt.UtcTicks,
        };
        if (generation is not null) doc["generation"] = generation;
        foreach (var (field, text) in ProductText.Fields(indexed)) doc[field] = Folding.Normalize(text);
        foreach (var (facet, value) in ProductText.FacetValues(indexed)) doc[SearchFields.Facet(facet)] = value;
        doc["source"] = JsonSerializer.SerializeToNode(indexed, OutboxJson.Options);
        return doc;
    }

    /// <summary>_bulk NDJSON: an index action (create or replace by id) and the document, one line each.</summary>
    public static string Bulk(string index, IEnumerable<IndexedProduct> products, string? generation = null)
    {
        var sb = new StringBuilder();
        foreach (var p in products)
        {
            sb.Append(new JsonObject { ["index"] = new JsonObject { ["_index"] = index, ["_id"] = p.Product.Id.ToString() } }.ToJsonString()).Append('\n');
            sb.Append(Build(p, generation).ToJsonString()).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>After a reindex wrote generation <paramref name="generation"/>: remove the village's documents it did not rewrite.</summary>
    public static JsonObject DeleteOtherGenerations(string tenant, string generation) => new()
    {
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(new JsonObject { ["term"] = new JsonObject { ["tenant"] = tenant } }),
                ["must_not"] = new JsonArray(new JsonObject { ["term"] = new JsonObject { ["generation"] = generation } }),
            },
        },
    };

    public static JsonObject CoverUpdate(string? cover) =>
        new() { ["doc"] = new JsonObject { ["source"] = new JsonObject { ["coverImage"] = cover } } };
}
