using System.Text.Json;
using System.Text.Json.Nodes;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// Request bodies compared with hand-written expected JSON, and recorded Elasticsearch 8 answers
/// parsed into the shared contract. No cluster is needed (see LiveElasticsearchTests for one).
/// </summary>
public sealed class ElasticsearchRequestTests
{
    private static JsonNode Fixture(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Fixtures", name)))!;

    private static void ShouldEqualJson(JsonNode actual, JsonNode expected) =>
        JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"expected\n{expected.ToJsonString()}\nbut was\n{actual.ToJsonString()}");

    private static EngineQuery Query(string? text, Contracts.SearchQuery query, IReadOnlyList<IReadOnlyList<string>>? glossary = null, params SharedKernel.Tenancy.TenantId[] hidden) =>
        new(query, QueryPlanner.Plan(text, glossary ?? []), hidden);

    [Fact]
    public void Filters_paging_sort_and_multi_select_aggregations_across_villages()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { [Facets.Material] = ["Silk", "Wood"], [Facets.Price] = ["100k-500k"] };
        var body = EsQueries.Search(Query(null, new SearchQuery(null, null, filters, SearchSort.PriceAscending, 3, 10), null, Products.VanPhuc));
        ShouldEqualJson(body, Fixture("request-filtered-cross-village.json"));
    }

    [Fact]
    public void A_word_in_one_village_is_a_dis_max_over_every_language_field()
    {
        var body = EsQueries.Search(Query("vase", new SearchQuery("vase", Products.BatTrang, new Dictionary<string, IReadOnlyList<string>>())));
        ShouldEqualJson(body["query"]!, Fixture("request-text-vase-tenant.json"));
        body["aggs"]!.AsObject().ContainsKey(Facets.Village).ShouldBeFalse("no village facet inside one village");
        ShouldEqualJson(body["sort"]!, JsonNode.Parse("""["_score", {"id": "asc"}]""")!);
    }

    [Fact]
    public void Glossary_phrases_become_match_phrase_and_long_words_get_fuzziness()
    {
        var body = EsQueries.Search(Query("men rạn porcelain", new SearchQuery("men rạn porcelain", null, new Dictionary<string, IReadOnlyList<string>>(), SearchSort.Newest),
            [["men rạn", "crackle glaze"]])).ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        body.ShouldContain("""{"match_phrase":{"name_en":{"query":"crackle glaze","boost":2.1""");
        body.ShouldContain("""{"match_phrase":{"name_vi":{"query":"men rạn","boost":4}}}""");
        body.ShouldContain("""{"match":{"name_en_f":{"query":"porcelain","fuzziness":2,"prefix_length":1,"max_expansions":30,"boost":1""");
        body.ShouldContain("""{"match_phrase":{"body_vi":{"query":"crackle glaze",""");
        body.ShouldNotContain("""{"match_phrase":{"body_vi_f":{"query":"crackle glaze",""", Case.Sensitive, "a synonym skips the folded copies");
        body.ShouldContain("""[{"published":"desc"},{"id":"asc"}]""");
        body.ShouldContain("\"minimum_should_match\":2");
    }

    [Fact]
    public void Bulk_is_ndjson_versioned_by_the_catalogue_and_a_reindex_deletes_only_older_generations_written_before_it()
    {
        var p = Products.Make("Bình", "Vase").Indexed("/c.jpg");
        var at = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var lines = EsDocuments.Bulk("craftmarket-products", [p], at, "g1").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        ShouldEqualJson(JsonNode.Parse(lines[0])!, JsonNode.Parse($$$"""
            {"index":{"_index":"craftmarket-products","_id":"{{{p.Product.Id}}}","version":{{{p.Product.UpdatedAt.UtcTicks}}},"version_type":"external_gte"}}
            """)!);
        var doc = JsonNode.Parse(lines[1])!;
        doc["generation"]!.GetValue<string>().ShouldBe("g1");
        doc["indexed"]!.GetValue<long>().ShouldBe(at.UtcTicks);
        doc["name_vi_f"]!.GetValue<string>().ShouldBe("Bình");
        doc["f_price"]!.GetValue<string>().ShouldBe("100k-500k");
        doc["source"]!["coverImage"]!.GetValue<string>().ShouldBe("/c.jpg");
        var before = at.AddSeconds(-30).UtcTicks;
        ShouldEqualJson(EsDocuments.DeleteOtherGenerations("t1", "g2", at, TimeSpan.FromSeconds(30)), JsonNode.Parse(
            """{"query":{"bool":{"filter":[{"term":{"tenant":"t1"}},{"range":{"indexed":{"lt":BEFORE}}}],"must_not":[{"term":{"generation":"g2"}}]}}}"""
            .Replace("BEFORE", before.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))!);
    }

    [Fact]
    public async Task A_bulk_item_refused_as_an_older_version_is_not_an_error_but_any_other_refusal_is()
    {
        var p = Products.Make("Bình", "Vase").Indexed();
        var olderRefused = new Recorder { BulkAnswer = """{"errors":true,"items":[{"index":{"_id":"a","status":409,"error":{"type":"version_conflict_engine_exception"}}},{"index":{"_id":"b","status":201}}]}""" };
        await Engine(olderRefused).UpsertAsync([p], default);
        var mappingRefused = new Recorder { BulkAnswer = """{"errors":true,"items":[{"index":{"_id":"a","status":400,"error":{"type":"mapper_parsing_exception"}}}]}""" };
        await Should.ThrowAsync<HttpRequestException>(() => Engine(mappingRefused).UpsertAsync([p], default));
    }

    [Fact]
    public void The_template_declares_the_same_analysis_as_lucene()
    {
        var template = IndexTemplate.Body("craftmarket-products");
        var analyzers = template["template"]!["settings"]!["analysis"]!["analyzer"]!;
        ShouldEqualJson(analyzers["vi_folded"]!, JsonNode.Parse("""{"type":"custom","tokenizer":"standard","filter":["lowercase","asciifolding"]}""")!);
        analyzers["en_craft"]!["filter"]!.ToJsonString().ShouldBe("""["en_possessive","lowercase","asciifolding","en_stop","en_override","en_porter"]""");
        template["template"]!["mappings"]!["properties"]!["body_ja"]!["analyzer"]!.GetValue<string>().ShouldBe("ja_cjk");
        template["template"]!["mappings"]!["properties"]!["f_qualityMark"]!["type"]!.GetValue<string>().ShouldBe("keyword");
    }

    [Fact]
    public void A_recorded_search_answer_maps_to_the_shared_result()
    {
        var query = new SearchQuery("crackle vase", Products.BatTrang, new Dictionary<string, IReadOnlyList<string>> { [Facets.Material] = ["Stoneware"] }, Language: "en");
        var result = EsResponses.Search(JsonDocument.Parse(Fixture("response-search.json").ToJsonString()).RootElement, Query("crackle vase", query), null);
        result.Total.ShouldBe(2);
        result.Hits.Select(h => h.Name).ShouldBe(["Crackle glaze vase", "Blue and white vase"]);
        result.Hits[0].CoverImage.ShouldBe("/media/p/11/320.jpg");
        result.Hits[0].Snippet.ShouldContain("<mark>crackle</mark>");
        result.Hits[0].Url.ShouldBe("/products/0195a001-0000-7000-8000-000000000011");
        result.Hits[1].IndicativePrice.ShouldBe(1_200_000m);
        result.Facets[Facets.Material].ShouldBe([new FacetCount("Stoneware", 3), new FacetCount("Porcelain", 2)]);
        result.Facets[Facets.Price].Select(f => f.Value).ShouldBe(["100k-500k", "500k-2m"], "bands in their natural order");
        result.Facets.Keys.ShouldNotContain(Facets.QualityMark, "no hit carries the mark");
    }

    [Fact]
    public void A_recorded_answer_with_marked_products_lists_the_quality_mark_facet()
    {
        var recorded = Fixture("response-search.json");
        recorded["aggregations"]!["qualityMark"]!["values"]!["buckets"] = JsonNode.Parse("""[{"key":"true","doc_count":1}]""");
        var query = new SearchQuery("vase", Products.BatTrang, new Dictionary<string, IReadOnlyList<string>>());
        EsResponses.Search(JsonDocument.Parse(recorded.ToJsonString()).RootElement, Query("vase", query), null)
            .Facets[Facets.QualityMark].ShouldBe([new FacetCount("true", 1)]);
    }

    [Fact]
    public void Granting_and_taking_away_the_mark_updates_the_snapshot_and_the_facet_field()
    {
        ShouldEqualJson(EsDocuments.QualityMarkUpdate(true), JsonNode.Parse("""{"doc":{"source":{"qualityMark":true},"f_qualityMark":"true"}}""")!);
        ShouldEqualJson(EsDocuments.QualityMarkUpdate(false), JsonNode.Parse("""{"doc":{"source":{"qualityMark":false},"f_qualityMark":null}}""")!);
        var unmarked = JsonNode.Parse(EsDocuments.Bulk("i", [Products.Make("Bình", "Vase").Indexed()], DateTimeOffset.UnixEpoch).Split('\n')[1])!;
        unmarked.AsObject().ContainsKey("f_qualityMark").ShouldBeFalse("an unmarked product has no facet value");
        var marked = JsonNode.Parse(EsDocuments.Bulk("i", [Products.Make("Bình", "Vase").Indexed() with { QualityMark = true }], DateTimeOffset.UnixEpoch).Split('\n')[1])!;
        marked["f_qualityMark"]!.GetValue<string>().ShouldBe("true");
    }

    [Fact]
    public void A_recorded_term_suggestion_becomes_did_you_mean()
    {
        EsResponses.DidYouMean(JsonDocument.Parse(Fixture("response-suggest.json").ToJsonString()).RootElement).ShouldBe("crackle vase");
    }

    [Fact]
    public async Task The_engine_sends_bulk_ndjson_and_ignores_a_cover_for_an_unindexed_product()
    {
        var handler = new Recorder();
        var engine = Engine(handler);
        var p = Products.Make("Bình", "Vase").Indexed();
        await engine.UpsertAsync([p], default);
        await engine.SetCoverAsync(p.Product.Id, "/x.jpg", default);
        handler.Requests.Select(r => r.Line).ShouldBe([
            "POST /_bulk?refresh=wait_for&require_alias=true", $"POST /cm/_update/{p.Product.Id}?refresh=wait_for&retry_on_conflict=3&require_alias=true"],
            "writers never put the template (migrate does)");
        handler.Requests[0].ContentType.ShouldBe("application/x-ndjson");
    }

    private static ElasticsearchEngine Engine(HttpMessageHandler handler) => Recorder.Engine(handler);
}
