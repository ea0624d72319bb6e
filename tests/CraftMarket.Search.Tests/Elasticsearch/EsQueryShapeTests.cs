using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// Every other query shape the Elasticsearch engine sends, against hand-written JSON: autocomplete,
/// did you mean and its scope check, optional stop words, the one-word-fewer retry, a village with
/// hidden villages, delete, and a village's rebuild; a recorded autocomplete answer; retries.
/// </summary>
public sealed class EsQueryShapeTests
{
    private const string BatTrang = "0195a000-0000-7000-8000-000000000001";
    private const string VanPhuc = "0195a000-0000-7000-8000-000000000002";
    private static readonly Dictionary<string, IReadOnlyList<string>> NoFilters = [];

    private static JsonNode Fixture(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Fixtures", name)))!;

    /// <summary>
    /// Compares with expected JSON in which WORD(x) stands for <see cref="Word"/>, @BT and @VP for the
    /// villages' ids, and other @NAMES for the values given.
    /// </summary>
    private static void ShouldEqualJson(JsonNode actual, string expected, params (string Name, string Value)[] values)
    {
        var json = Regex.Replace(expected, @"WORD\(([^)]+)\)", m => Word(m.Groups[1].Value)).Replace("@BT", BatTrang, StringComparison.Ordinal).Replace("@VP", VanPhuc, StringComparison.Ordinal);
        foreach (var (name, value) in values) json = json.Replace(name, value, StringComparison.Ordinal);
        JsonNode.DeepEquals(actual, JsonNode.Parse(json)).ShouldBeTrue($"expected\n{JsonNode.Parse(json)!.ToJsonString()}\nbut was\n{actual.ToJsonString()}");
    }

    /// <summary>
    /// A word under five letters (no typo clauses) looked up in every language field; "blue+bluebowl"
    /// adds the compound with its neighbour, looked up alike at half the weight (issue 17).
    /// </summary>
    private static string Word(string w)
    {
        var words = w.Split('+');
        return """{"dis_max":{"tie_breaker":0.2,"queries":[""" + string.Join(", ", words.Select((word, i) => Fields(word, i == 0 ? 1 : 0.5))) + "]}}";
    }

    private static string Fields(string w, double weight) =>
        string.Join(", ", new (string Field, double Boost)[]
            { ("name_vi", 4), ("name_vi_f", 2.5), ("body_vi", 1.2), ("body_vi_f", 0.8), ("name_en", 3), ("body_en", 1), ("name_fr", 3), ("body_fr", 1), ("name_ja", 3), ("body_ja", 1) }
            .Select(f => "{\"match\":{\"" + f.Field + "\":{\"query\":\"" + w + "\",\"boost\":" + (f.Boost * weight).ToString(CultureInfo.InvariantCulture) + "}}}"));

    private static JsonObject SearchBody(string text, TenantId? tenant = null, QueryPlan? plan = null) =>
        EsQueries.Search(new EngineQuery(new SearchQuery(text, tenant, NoFilters), plan ?? QueryPlanner.Plan(text, []), []));

    [Fact]
    public void English_stop_words_only_add_to_the_score()
    {
        ShouldEqualJson(SearchBody("bowl with lid")["query"]!, """
            {"bool":{"must":[{"bool":{
              "must":[{"bool":{"should":[WORD(bowl), WORD(lid)],"minimum_should_match":2}}],
              "should":[WORD(with)]}}]}}
            """);
        ShouldEqualJson(SearchBody("the")["query"]!, """{"bool":{"must":[{"bool":{"should":[WORD(the)]}}]}}""");
    }

    [Fact]
    public void A_word_typed_with_marks_weakens_the_folded_copies_as_in_lucene()
    {
        ShouldEqualJson(SearchBody("rùa")["query"]!["bool"]!["must"]![0]!["bool"]!["must"]![0]!["bool"]!["should"]![0]!, """
            {"dis_max":{"tie_breaker":0.2,"queries":[
              {"match":{"name_vi":{"query":"rùa","boost":4}}}, {"match":{"name_vi_f":{"query":"rùa","boost":0.625}}},
              {"match":{"body_vi":{"query":"rùa","boost":1.2}}}, {"match":{"body_vi_f":{"query":"rùa","boost":0.2}}},
              {"match":{"name_en":{"query":"rùa","boost":3}}}, {"match":{"body_en":{"query":"rùa","boost":1}}},
              {"match":{"name_fr":{"query":"rùa","boost":3}}}, {"match":{"body_fr":{"query":"rùa","boost":1}}},
              {"match":{"name_ja":{"query":"rùa","boost":3}}}, {"match":{"body_ja":{"query":"rùa","boost":1}}}]}}
            """);
    }

    [Fact]
    public void The_retry_after_nothing_found_requires_one_word_fewer()
    {
        var plan = QueryPlanner.Plan("blue bowl lid", []);
        const string expected = """
            {"bool":{"must":[{"bool":{"must":[{"bool":{"should":[WORD(blue+bluebowl), WORD(bowl+bluebowl+bowllid), WORD(lid+bowllid)],"minimum_should_match":@MIN}}]}}]}}
            """;
        ShouldEqualJson(SearchBody("blue bowl lid", plan: plan)["query"]!, expected, ("@MIN", "3"));
        ShouldEqualJson(SearchBody("blue bowl lid", plan: plan.Relaxed())["query"]!, expected, ("@MIN", "2"));
        plan.Relaxed()!.Relaxed()!.Relaxed().ShouldBeNull("one word is the least a search requires");
    }

    private const string Empty = """{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";

    private static Task<SearchResult> Fallbacks(Recorder es, string text) =>
        SearchFallbacks.RunAsync(Recorder.Engine(es), new SearchQuery(text, Products.BatTrang, NoFilters), Glossary.DefaultGlossary.Groups, [], default);

    [Fact]
    public async Task Stray_words_relax_the_search_one_required_word_at_a_time_until_something_is_found()
    {
        var es = new Recorder();
        foreach (var answer in new[] { Empty, Empty, Empty, Fixture("response-search.json").ToJsonString() }) es.SearchAnswers.Enqueue(answer);
        var result = await Fallbacks(es, "cheap celadon bowl for my kitchen");
        result.Total.ShouldBe(2);
        result.DidYouMean.ShouldBeNull();
        var bodies = es.To("/cm/_search").Select(r => JsonNode.Parse(r.Body)!).ToList();
        bodies.Count.ShouldBe(4, "the search, its did-you-mean look-up (nothing to suggest), then two more levels");
        bodies[1]["suggest"].ShouldNotBeNull();
        bodies.Where((_, i) => i != 1).Select(b => b["query"]!["bool"]!["must"]![0]!["bool"]!["must"]![0]!["bool"]!["minimum_should_match"]!.GetValue<int>())
            .ShouldBe([4, 3, 2], "five required words: all but one, then three, then two, where something was found");
    }

    [Fact]
    public async Task A_typo_of_a_glossary_only_word_is_searched_corrected_with_its_synonyms_and_offered()
    {
        var es = new Recorder();
        foreach (var answer in new[] { Empty, Empty, Fixture("response-search.json").ToJsonString() }) es.SearchAnswers.Enqueue(answer);
        var result = await Fallbacks(es, "pashmna");
        result.DidYouMean.ShouldBe("pashmina");
        result.Total.ShouldBe(2);
        var corrected = es.To("/cm/_search").Last().Body;
        corrected.ShouldContain("\"query\":\"pashmina\"");
        corrected.ShouldContain("\"query\":\"scarf\"", Case.Sensitive, "the corrected word brings its glossary group");
        corrected.ShouldNotContain("pashmna");
    }

    [Fact]
    public void Compounds_are_looked_up_joined_and_split_in_the_request()
    {
        var teaPot = SearchBody("tea pot")["query"]!.ToJsonString();
        teaPot.ShouldContain("""{"match":{"name_en":{"query":"teapot","boost":1.5}}}""");
        var woodcarving = SearchBody("woodcarving")["query"]!.ToJsonString();
        woodcarving.ShouldContain("""{"match_phrase":{"body_en":{"query":"wood carving","boost":0.5}}}""");
        SearchBody("carpet")["query"]!.ToJsonString().ShouldNotContain("match_phrase");
    }

    [Fact]
    public void A_village_search_can_also_leave_hidden_villages_out()
    {
        var hidden = new TenantId(Guid.Parse("0195a000-0000-7000-8000-000000000009"));
        ShouldEqualJson(EsQueries.Scoped(new JsonObject { ["match_all"] = new JsonObject() }, Products.BatTrang, [Products.VanPhuc, hidden]), """
            {"bool":{"must":[{"match_all":{}}],
              "filter":[{"term":{"tenant":"@BT"}}],
              "must_not":[{"terms":{"tenant":["@VP","0195a000-0000-7000-8000-000000000009"]}}]}}
            """);
    }

    [Fact]
    public void Autocomplete_matches_earlier_words_and_the_last_as_a_folded_prefix_in_the_buyers_scope()
    {
        ShouldEqualJson(EsQueries.Suggest(new SuggestQuery("Bình gố", Products.BatTrang, "vi"), []), """
            {"size":24,
             "query":{"bool":{"must":[{"bool":{"must":[
                {"multi_match":{"query":"bình","fields":["name_vi_f","name_en_f"]}},
                {"bool":{"should":[{"prefix":{"name_vi_f":"go"}},{"prefix":{"name_en_f":"go"}}],"minimum_should_match":1}}]}}],
               "filter":[{"term":{"tenant":"@BT"}}]}},
             "sort":["_score",{"id":"asc"}],
             "_source":["source"]}
            """);
        ShouldEqualJson(EsQueries.Suggest(new SuggestQuery("sca", null, "en", Limit: 3), [Products.VanPhuc]), """
            {"size":9,
             "query":{"bool":{"must":[{"bool":{"must":[
                {"bool":{"should":[{"prefix":{"name_vi_f":"sca"}},{"prefix":{"name_en_f":"sca"}}],"minimum_should_match":1}}]}}],
               "must_not":[{"terms":{"tenant":["@VP"]}}]}},
             "sort":["_score",{"id":"asc"}],
             "_source":["source"]}
            """);
    }

    [Fact]
    public void A_recorded_autocomplete_answer_gives_distinct_names_in_the_buyers_language_up_to_the_limit()
    {
        var root = JsonDocument.Parse(Fixture("response-autocomplete.json").ToJsonString()).RootElement;
        EsResponses.Suggestions(root, new SuggestQuery("crackle gl", Products.BatTrang, "en")).ShouldBe([
            new Suggestion("Crackle glaze vase", "0195a001-0000-7000-8000-000000000011", "bat-trang"),
            new Suggestion("Crackle glaze cup", "0195a001-0000-7000-8000-000000000014", "bat-trang")]);
        EsResponses.Suggestions(root, new SuggestQuery("binh", Products.BatTrang, "vi", Limit: 2)).Select(s => s.Text)
            .ShouldBe(["Bình gốm men rạn", "Bình gốm men rạn cao"]);
    }

    [Fact]
    public void Did_you_mean_asks_the_term_suggester_then_checks_the_correction_in_the_buyers_scope()
    {
        ShouldEqualJson(EsQueries.DidYouMean("Crakle Vaze"), """
            {"size":0,"suggest":{"text":"crakle vaze",
              "names":{"term":{"field":"name_en_f","suggest_mode":"popular","max_edits":2}},
              "names_vi":{"term":{"field":"name_vi_f","suggest_mode":"popular","max_edits":2}}}}
            """);
        ShouldEqualJson(EsQueries.FindsAnything(QueryPlanner.Plan("vase", []), null, [Products.VanPhuc]), """
            {"size":0,"terminate_after":1,"track_total_hits":true,
             "query":{"bool":{"must":[{"bool":{"must":[{"bool":{"should":[WORD(vase)],"minimum_should_match":1}}]}}],
               "must_not":[{"terms":{"tenant":["@VP"]}}]}}}
            """);
    }

    [Theory]
    [InlineData(1, "crackle vase")]
    [InlineData(0, null)]
    public async Task A_correction_that_finds_nothing_in_this_village_is_not_offered(int foundInVillage, string? expected)
    {
        const string empty = """{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""";
        var es = new Recorder();
        es.SearchAnswers.Enqueue(empty);
        es.SearchAnswers.Enqueue(Fixture("response-suggest.json").ToJsonString());
        es.SearchAnswers.Enqueue("""{"hits":{"total":{"value":@N,"relation":"eq"},"hits":[]}}""".Replace("@N", foundInVillage.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var result = await Recorder.Engine(es).SearchAsync(new EngineQuery(new SearchQuery("crakle vaze", Products.BatTrang, NoFilters),
            QueryPlanner.Plan("crakle vaze", []), []), default);
        result.DidYouMean.ShouldBe(expected);
        var check = JsonNode.Parse(es.To("/cm/_search").Last().Body)!;
        check["terminate_after"]!.GetValue<int>().ShouldBe(1);
        ShouldEqualJson(check["query"]!["bool"]!["filter"]!, """[{"term":{"tenant":"@BT"}}]""");
        check.ToJsonString().ShouldContain("\"query\":\"crackle\"");
    }

    [Fact]
    public async Task Delete_removes_the_document_by_id_and_an_absent_one_is_not_an_error()
    {
        var es = new Recorder();
        var id = Catalogue.Contracts.ProductId.New();
        await Recorder.Engine(es).RemoveAsync(id, default);
        es.Requests.Select(r => r.Line).ShouldBe([$"DELETE /cm/_doc/{id}?refresh=wait_for"]);
    }

    [Fact]
    public async Task A_village_rebuild_bulks_in_batches_of_one_generation_then_deletes_what_it_did_not_write()
    {
        var es = new FakeElasticsearch();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));
        var products = Enumerable.Range(0, 501).Select(i => Products.Make($"Bình {i}", $"Vase {i}").Indexed()).ToList();
        await new ElasticsearchEngine(es.Clients(), new ElasticsearchOptions { Index = "cm", TaskPollInterval = TimeSpan.Zero }, clock)
            .ReplaceTenantAsync(Products.BatTrang, Async(products), default);

        es.Requests.Select(r => r.Line).ShouldBe(["HEAD /cm", "PUT /_index_template/cm", "HEAD /cm", "PUT /cm-v1", "POST /_bulk?refresh=wait_for&require_alias=true",
            "POST /_bulk?refresh=wait_for&require_alias=true", "POST /cm/_delete_by_query?refresh=true&conflicts=proceed&wait_for_completion=false",
            "GET /_tasks/fakeNode:1", "GET /_tasks/fakeNode:1"], "a new cluster: the rebuild installs the template and the first index");
        var bulks = es.To("/_bulk").Select(r => r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        bulks.Select(b => b.Length).ShouldBe([1000, 2]);
        var generations = bulks.SelectMany(b => b.Where((_, i) => i % 2 == 1)).Select(doc => JsonNode.Parse(doc)!["generation"]!.GetValue<string>()).Distinct().ToList();
        generations.Count.ShouldBe(1);
        var before = clock.GetUtcNow().AddSeconds(-30).UtcTicks.ToString(CultureInfo.InvariantCulture);
        ShouldEqualJson(JsonNode.Parse(es.Requests[^3].Body)!, """
            {"query":{"bool":{
              "filter":[{"term":{"tenant":"@BT"}},{"range":{"indexed":{"lt":@BEFORE}}}],
              "must_not":[{"term":{"generation":"@GEN"}}]}}}
            """, ("@BEFORE", before), ("@GEN", generations[0]));
    }

    [Fact]
    public async Task A_bulk_answered_503_is_sent_again_by_the_engine_as_writes_are_not_retried_by_the_http_client()
    {
        var es = new Recorder { Unavailable = 1 };
        var engine = new ElasticsearchEngine(new RecorderClients(es), new ElasticsearchOptions { Index = "cm", BulkBackoff = TimeSpan.FromMilliseconds(1) }, TimeProvider.System);
        await engine.UpsertAsync([Products.Make("Bình", "Vase").Indexed()], default);
        es.Requests.Select(r => r.Line).ShouldBe(["POST /_bulk?refresh=wait_for&require_alias=true", "POST /_bulk?refresh=wait_for&require_alias=true"]);
    }

    private sealed class RecorderClients(Recorder handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { BaseAddress = new Uri("http://es.invalid:9200/") };
    }

    private static async IAsyncEnumerable<IndexedProduct> Async(IEnumerable<IndexedProduct> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
