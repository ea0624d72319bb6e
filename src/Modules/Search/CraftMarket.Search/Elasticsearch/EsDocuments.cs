using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Search.Elasticsearch;

/// <summary>
/// A product as an Elasticsearch document (same fields as the Lucene document) and _bulk bodies.
/// <c>indexed</c> is when this engine wrote the document (a reindex deletes only what was written
/// before it started); the document's version is the catalogue's UpdatedAt, so an older snapshot
/// never replaces a newer document (external_gte versioning).
/// </summary>
internal static class EsDocuments
{
    public static JsonObject Build(IndexedProduct indexed, DateTimeOffset indexedAt, string? generation = null)
    {
        var p = indexed.Product;
        var doc = new JsonObject
        {
            ["id"] = p.Id.ToString(), ["tenant"] = p.TenantId.ToString(), ["tenant_slug"] = p.TenantSlug,
            ["price"] = p.BasePrice.MinorUnits, ["published"] = p.PublishedAt.UtcTicks,
            ["indexed"] = indexedAt.UtcTicks, [SearchFields.Unit] = p.Unit.Code,
        };
        if (generation is not null) doc["generation"] = generation;
        // English and French both fold into the English copies: several texts for one field go as an
        // array (as Lucene adds each value), never one assignment over another.
        foreach (var field in ProductText.Fields(indexed).GroupBy(f => f.Field, f => Folding.Normalize(f.Text)))
            doc[field.Key] = field.Count() == 1 ? field.First() : new JsonArray([.. field.Select(t => (JsonNode)t)]);
        foreach (var (facet, value) in ProductText.FacetValues(indexed)) doc[SearchFields.Facet(facet)] = value;
        doc["source"] = JsonSerializer.SerializeToNode(indexed, OutboxJson.Options);
        return doc;
    }

    /// <summary>
    /// _bulk NDJSON: an index action (create or replace by id, unless the indexed version is newer)
    /// and the document, one line each.
    /// </summary>
    public static string Bulk(string index, IEnumerable<IndexedProduct> products, DateTimeOffset indexedAt, string? generation = null) =>
        string.Concat(BulkItems(index, products, indexedAt, generation));

    /// <summary>One item (action line and document line) per product, so refused items can be sent again alone.</summary>
    public static List<string> BulkItems(string index, IEnumerable<IndexedProduct> products, DateTimeOffset indexedAt, string? generation = null) =>
        [.. products.Select(p => Item(new JsonObject { ["index"] = new JsonObject
            {
                ["_index"] = index, ["_id"] = p.Product.Id.ToString(),
                ["version"] = p.Product.UpdatedAt.UtcTicks, ["version_type"] = "external_gte",
            } }, Build(p, indexedAt, generation)))];

    /// <summary>
    /// Tags documents a rebuild could not overwrite (409: the indexed version is as new or newer, e.g.
    /// after a cover update bumped it) with the rebuild's generation, so its clean-up keeps them.
    /// </summary>
    public static List<string> Retag(string index, IEnumerable<string> ids, string generation) =>
        [.. ids.Select(id => Item(new JsonObject { ["update"] = new JsonObject { ["_index"] = index, ["_id"] = id, ["retry_on_conflict"] = 3 } },
            new JsonObject { ["doc"] = new JsonObject { ["generation"] = generation } }))];

    private static string Item(JsonObject action, JsonObject source) =>
        new StringBuilder().Append(action.ToJsonString()).Append('\n').Append(source.ToJsonString()).Append('\n').ToString();

    /// <summary>
    /// After a reindex that started at <paramref name="startedAt"/> wrote generation <paramref name="generation"/>:
    /// remove the village's documents it did not rewrite, except those events wrote since it started
    /// (less <paramref name="clockSkew"/>, as another node's clock may be behind).
    /// </summary>
    public static JsonObject DeleteOtherGenerations(string tenant, string generation, DateTimeOffset startedAt, TimeSpan clockSkew) => new()
    {
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(
                    new JsonObject { ["term"] = new JsonObject { ["tenant"] = tenant } },
                    new JsonObject { ["range"] = new JsonObject { ["indexed"] = new JsonObject { ["lt"] = (startedAt - clockSkew).UtcTicks } } }),
                ["must_not"] = new JsonArray(new JsonObject { ["term"] = new JsonObject { ["generation"] = generation } }),
            },
        },
    };

    public static JsonObject CoverUpdate(string? cover) =>
        new() { ["doc"] = new JsonObject { ["source"] = new JsonObject { ["coverImage"] = cover } } };

    /// <summary>The stored snapshot's flag and the facet field, which only a marked product has (null removes it).</summary>
    public static JsonObject QualityMarkUpdate(bool qualityMark) => new()
    {
        ["doc"] = new JsonObject
        {
            ["source"] = new JsonObject { ["qualityMark"] = qualityMark },
            [SearchFields.Facet(Facets.QualityMark)] = qualityMark ? Bands.QualityMarked : null,
        },
    };
}
