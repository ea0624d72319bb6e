using CraftMarket.SharedKernel.Text;
using System.Text.Json.Nodes;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Elasticsearch;

/// <summary>
/// Search request bodies from the same <see cref="QueryPlan"/> as Lucene: a dis_max per concept over
/// the same fields and boosts; facet filters as post_filter (hits) and, per facet, a filter
/// aggregation holding every other facet's filter (multi-select counts).
/// </summary>
internal static class EsQueries
{
    private const float FuzzyFactor = 0.4f;

    public static JsonObject Search(EngineQuery engineQuery)
    {
        var (query, plan) = (engineQuery.Query, engineQuery.Plan);
        var body = new JsonObject
        {
            ["from"] = (query.Page - 1) * query.PageSize,
            ["size"] = query.PageSize,
            ["track_total_hits"] = true,
            ["query"] = Scoped(Text(plan), query.Tenant, engineQuery.HiddenTenants),
            ["sort"] = Sort(query.Sort),
            ["_source"] = new JsonArray("source"),
        };
        var active = query.Filters.Where(f => f.Value.Count > 0).ToList();
        if (active.Count > 0) body["post_filter"] = AllOf(active.Select(f => FacetFilter(f.Key, f.Value)));
        var aggs = new JsonObject();
        foreach (var facet in FacetShaping.FacetsFor(query))
        {
            var counted = new JsonObject { ["values"] = new JsonObject { ["terms"] = new JsonObject
                { ["field"] = SearchFields.Facet(facet), ["size"] = FacetShaping.MaxValues } } };
            // The top values may leave out a selected one (a village among 1,500): count those exactly.
            if (query.Filters.GetValueOrDefault(facet) is { Count: > 0 } selected)
                counted["selected"] = new JsonObject { ["terms"] = new JsonObject
                {
                    ["field"] = SearchFields.Facet(facet), ["include"] = new JsonArray([.. selected.Distinct().Select(v => (JsonNode)v)]),
                    ["size"] = selected.Distinct().Count(),
                } };
            aggs[facet] = new JsonObject
            {
                ["filter"] = AllOf(active.Where(f => f.Key != facet).Select(f => FacetFilter(f.Key, f.Value))),
                ["aggs"] = counted,
            };
        }
        body["aggs"] = aggs;
        return body;
    }

    public static JsonObject Text(QueryPlan plan)
    {
        if (plan.MatchesEverything) return new JsonObject { ["match_all"] = new JsonObject() };
        var required = plan.Concepts.Where(c => !c.Optional).Select(Concept).ToArray();
        var optional = plan.Concepts.Where(c => c.Optional).Select(Concept).ToArray();
        var inner = new JsonObject { ["should"] = new JsonArray(required), ["minimum_should_match"] = plan.MinimumMatch };
        if (required.Length == 0) return new JsonObject { ["bool"] = new JsonObject { ["should"] = new JsonArray(optional) } };
        var outer = new JsonObject { ["must"] = new JsonArray(new JsonObject { ["bool"] = inner }) };
        if (optional.Length > 0) outer["should"] = new JsonArray(optional);
        return new JsonObject { ["bool"] = outer };
    }

    private static JsonNode Concept(Concept concept)
    {
        var queries = new JsonArray();
        foreach (var alt in concept.Alternatives)
        foreach (var (field, boost, _) in SearchFields.TextFor(alt.IsSynonym, alt.Text))
            queries.Add(new JsonObject { [alt.IsPhrase ? "match_phrase" : "match"] = new JsonObject
                { [field] = new JsonObject { ["query"] = alt.Text, ["boost"] = boost * alt.Boost } } });
        foreach (var alt in concept.Alternatives.Where(a => a.MaxEdits > 0 && TextFolding.Fold(a.Text).Length >= 5))
        foreach (var field in SearchFields.Fuzzy)
            queries.Add(new JsonObject { ["match"] = new JsonObject { [field] = new JsonObject
            {
                ["query"] = alt.Text, ["fuzziness"] = Math.Min(alt.MaxEdits, 2), ["prefix_length"] = QueryPlanner.FuzzyPrefixLength,
                ["max_expansions"] = QueryPlanner.FuzzyMaxExpansions,
                ["boost"] = (field.StartsWith("name", StringComparison.Ordinal) ? 2.5f : 0.8f) * alt.Boost * FuzzyFactor,
            } } });
        return new JsonObject { ["dis_max"] = new JsonObject { ["queries"] = queries, ["tie_breaker"] = 0.2 } };
    }

    public static JsonObject Scoped(JsonObject text, TenantId? tenant, IReadOnlyCollection<TenantId> hidden)
    {
        var scoped = new JsonObject { ["must"] = new JsonArray(text) };
        if (tenant is { } t) scoped["filter"] = new JsonArray(new JsonObject { ["term"] = new JsonObject { ["tenant"] = t.ToString() } });
        if (hidden.Count > 0)
            scoped["must_not"] = new JsonArray(new JsonObject { ["terms"] = new JsonObject { ["tenant"] = new JsonArray([.. hidden.Select(h => (JsonNode)h.ToString())]) } });
        return new JsonObject { ["bool"] = scoped };
    }

    private static JsonObject FacetFilter(string facet, IReadOnlyList<string> values) =>
        new() { ["terms"] = new JsonObject { [SearchFields.Facet(facet)] = new JsonArray([.. values.Select(v => (JsonNode)v)]) } };

    private static JsonObject AllOf(IEnumerable<JsonObject> filters) =>
        new() { ["bool"] = new JsonObject { ["filter"] = new JsonArray([.. filters]) } };

    private static JsonArray Sort(SearchSort sort)
    {
        // The product id breaks every tie, so a page never repeats or skips a product.
        var id = new JsonObject { ["id"] = "asc" };
        return sort switch
        {
            SearchSort.PriceAscending => new JsonArray(new JsonObject { ["price"] = "asc" }, id),
            SearchSort.PriceDescending => new JsonArray(new JsonObject { ["price"] = "desc" }, id),
            SearchSort.Newest => new JsonArray(new JsonObject { ["published"] = "desc" }, id),
            _ => new JsonArray("_score", id),
        };
    }

    public static JsonObject Suggest(SuggestQuery query, IReadOnlyCollection<TenantId> hidden)
    {
        var words = Folding.Words(query.Prefix);
        var must = new JsonArray();
        foreach (var word in words.Take(words.Count - 1))
            must.Add(new JsonObject { ["multi_match"] = new JsonObject { ["query"] = word, ["fields"] = new JsonArray([.. SearchFields.Suggest.Select(f => (JsonNode)f)]) } });
        var last = TextFolding.Fold(words[^1]);
        must.Add(new JsonObject { ["bool"] = new JsonObject { ["should"] = new JsonArray([.. SearchFields.Suggest.Select(f =>
            (JsonNode)new JsonObject { ["prefix"] = new JsonObject { [f] = last } })]), ["minimum_should_match"] = 1 } });
        return new JsonObject
        {
            ["size"] = query.Limit * 3,
            ["query"] = Scoped(new JsonObject { ["bool"] = new JsonObject { ["must"] = must } }, query.Tenant, hidden),
            ["sort"] = new JsonArray("_score", new JsonObject { ["id"] = "asc" }),
            ["_source"] = new JsonArray("source"),
        };
    }

    /// <summary>Whether a plan finds anything in a scope: at most one document is looked at, none returned.</summary>
    public static JsonObject FindsAnything(QueryPlan plan, TenantId? tenant, IReadOnlyCollection<TenantId> hidden) => new()
    {
        ["size"] = 0,
        ["terminate_after"] = 1,
        ["track_total_hits"] = true,
        ["query"] = Scoped(Text(plan), tenant, hidden),
    };

    /// <summary>"Did you mean": a term suggester per word on the folded, unstemmed fields (then checked with <see cref="FindsAnything"/>).</summary>
    public static JsonObject DidYouMean(string text) => new()
    {
        ["size"] = 0,
        ["suggest"] = new JsonObject
        {
            ["text"] = TextFolding.Fold(text),
            ["names"] = new JsonObject { ["term"] = new JsonObject { ["field"] = SearchFields.Name("en", true), ["suggest_mode"] = "popular", ["max_edits"] = 2 } },
            ["names_vi"] = new JsonObject { ["term"] = new JsonObject { ["field"] = SearchFields.Name("vi", true), ["suggest_mode"] = "popular", ["max_edits"] = 2 } },
        },
    };
}
