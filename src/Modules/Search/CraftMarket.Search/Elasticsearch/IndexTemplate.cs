using System.Text.Json.Nodes;
using CraftMarket.Search.Analysis;

namespace CraftMarket.Search.Elasticsearch;

/// <summary>
/// The index template: the same analysis chains as Analyzers.cs, by the same names (asciifolding
/// rather than icu_folding, so no plugin is needed and folding matches Lucene's exactly). It applies to
/// the versioned indices behind the alias (<c>{alias}-*</c>) when they are created: a change reaches
/// searches through <c>reindex --all</c>, which builds a new index and swaps the alias.
/// </summary>
internal static class IndexTemplate
{
    public static JsonObject Body(string alias)
    {
        var properties = new JsonObject
        {
            ["id"] = Keyword(), ["tenant"] = Keyword(), ["tenant_slug"] = Keyword(), ["generation"] = Keyword(), [SearchFields.Unit] = Keyword(),
            ["price"] = new JsonObject { ["type"] = "long" }, ["published"] = new JsonObject { ["type"] = "long" },
            ["indexed"] = new JsonObject { ["type"] = "long" },
            ["source"] = new JsonObject { ["type"] = "object", ["enabled"] = false },
        };
        foreach (var (field, _, analyzer) in SearchFields.Text) properties[field] = Text(analyzer);
        foreach (var field in SearchFields.Fuzzy) properties[field] = Text(Analyzers.VietnameseFolded);
        foreach (var facet in Contracts.Facets.All) properties[SearchFields.Facet(facet)] = Keyword();

        return new JsonObject
        {
            ["index_patterns"] = new JsonArray(alias + "-*"),
            ["template"] = new JsonObject
            {
                ["settings"] = new JsonObject { ["number_of_shards"] = 1, ["analysis"] = Analysis() },
                ["mappings"] = new JsonObject { ["dynamic"] = "strict", ["properties"] = properties },
            },
        };
    }

    private static JsonObject Analysis() => new()
    {
        ["filter"] = new JsonObject
        {
            ["en_possessive"] = new JsonObject { ["type"] = "stemmer", ["language"] = "possessive_english" },
            ["en_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_english_" },
            ["en_override"] = new JsonObject
            {
                ["type"] = "stemmer_override",
                ["rules"] = new JsonArray([.. Analyzers.EnglishOverrides.Select(o => (JsonNode)$"{o.Key} => {o.Value}")]),
            },
            ["en_porter"] = new JsonObject { ["type"] = "stemmer", ["language"] = "porter" },
            ["fr_elision"] = new JsonObject { ["type"] = "elision", ["articles_case"] = true,
                ["articles"] = new JsonArray("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu") },
            ["fr_stop"] = new JsonObject { ["type"] = "stop", ["stopwords"] = "_french_" },
            ["fr_light"] = new JsonObject { ["type"] = "stemmer", ["language"] = "light_french" },
        },
        ["analyzer"] = new JsonObject
        {
            [Analyzers.VietnameseExact] = Custom("lowercase"),
            [Analyzers.VietnameseFolded] = Custom("lowercase", "asciifolding"),
            [Analyzers.English] = Custom("en_possessive", "lowercase", "asciifolding", "en_stop", "en_override", "en_porter"),
            [Analyzers.French] = Custom("fr_elision", "lowercase", "fr_stop", "asciifolding", "fr_light"),
            [Analyzers.Japanese] = new JsonObject { ["type"] = "cjk" },
        },
    };

    private static JsonObject Custom(params string[] filters) =>
        new() { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = new JsonArray([.. filters.Select(f => (JsonNode)f)]) };

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject Text(string analyzer) => new() { ["type"] = "text", ["analyzer"] = analyzer };
}
