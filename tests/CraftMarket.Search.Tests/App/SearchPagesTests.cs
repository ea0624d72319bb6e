using System.Net;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Tests.Relevance;

namespace CraftMarket.Search.Tests.App;

/// <summary>
/// The results page as a browser without JavaScript gets it, the search box on every layout, the
/// suggestion API and the full JSON contract of <c>/api/search</c>, over the real demo catalogues.
/// </summary>
public sealed class SearchPagesTests(DemoCatalogueApp app) : IClassFixture<DemoCatalogueApp>
{
    private HttpClient English(string? slug)
    {
        var client = app.ClientFor(slug);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    [Fact]
    public async Task The_results_page_lists_every_facet_value_as_a_checkbox_with_its_count_and_keeps_a_selection()
    {
        var api = await English("bat-trang").GetFromJsonAsync<JsonElement>("/api/search?q=vase");
        var html = await English("bat-trang").GetStringAsync("/search?q=vase");
        html.ShouldContain($"{api.GetProperty("total").GetInt64()} products");
        foreach (var facet in new[] { Facets.Price, Facets.Material, Facets.Category })
        foreach (var value in api.GetProperty("facets").GetProperty(facet).EnumerateArray())
            Checkbox(html, facet, value.GetProperty("value").GetString()!).ShouldBe((value.GetProperty("count").GetInt64(), false), $"{facet} {value}");
        foreach (var hit in api.GetProperty("hits").EnumerateArray())
            html.ShouldContain($"href=\"{hit.GetProperty("url").GetString()}\"");

        var band = api.GetProperty("facets").GetProperty(Facets.Price)[0].GetProperty("value").GetString()!;
        var filtered = await English("bat-trang").GetFromJsonAsync<JsonElement>($"/api/search?q=vase&price={band}");
        var filteredHtml = await English("bat-trang").GetStringAsync($"/search?q=vase&price={band}");
        Checkbox(filteredHtml, Facets.Price, band).Checked.ShouldBeTrue();
        filteredHtml.ShouldContain($"{filtered.GetProperty("total").GetInt64()} products");
        filtered.GetProperty("total").GetInt64().ShouldBeLessThan(api.GetProperty("total").GetInt64(), "the band narrows the search");
        // The demo registry marks a few products (QualityMarks' demo seeder): the checkbox shows exactly when a hit carries the mark.
        (filteredHtml.Contains("name=\"qualityMark\"", StringComparison.Ordinal))
            .ShouldBe(filtered.GetProperty("facets").TryGetProperty(Facets.QualityMark, out _), "the quality-mark checkbox follows the facet");
    }

    [Fact]
    public async Task The_results_page_links_to_the_next_and_previous_pages_keeping_the_other_parameters()
    {
        var first = await English("bat-trang").GetStringAsync("/search?pageSize=5");
        first.ShouldContain("href=\"?pageSize=5&amp;page=2\"");
        first.ShouldNotContain("page=0");
        var second = await English("bat-trang").GetStringAsync("/search?pageSize=5&page=2");
        second.ShouldContain("href=\"?pageSize=5&amp;page=1\"");
        second.ShouldContain("href=\"?pageSize=5&amp;page=3\"");
        var total = (await English("bat-trang").GetFromJsonAsync<JsonElement>("/api/search?pageSize=5")).GetProperty("total").GetInt64();
        var last = await English("bat-trang").GetStringAsync($"/search?pageSize=5&page={(total + 4) / 5}");
        last.ShouldNotContain($"page={(total + 4) / 5 + 1}", Case.Sensitive, "no next link on the last page");
    }

    [Fact]
    public async Task Nothing_found_offers_a_did_you_mean_link_and_bad_parameters_answer_400_with_the_problem()
    {
        var api = await English("bat-trang").GetFromJsonAsync<JsonElement>("/api/search?q=vaze");
        api.GetProperty("total").GetInt64().ShouldBe(0);
        api.GetProperty("didYouMean").GetString().ShouldBe("vase");
        (await English("bat-trang").GetStringAsync("/search?q=vaze")).ShouldContain("<a href=\"?q=vase\">vase</a>");

        var bad = await English("bat-trang").GetAsync("/search?page=0&price=1-2");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("<li>page:");
        html.ShouldContain("<li>price:");
    }

    [Theory]
    [InlineData("bat-trang", "/")]
    [InlineData(null, "/")]
    [InlineData("van-phuc", "/search")]
    public async Task Every_layout_has_the_search_box_posting_to_the_results_page(string? slug, string path)
    {
        var html = await English(slug).GetStringAsync(path);
        html.ShouldContain("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"/search\">");
        html.ShouldContain("data-suggest-url=\"/api/search/suggest\"");
        html.ShouldMatch("/_content/CraftMarket\\.Search/search\\.[a-z0-9]+\\.js");   // fingerprinted (ADR 27)
    }

    [Fact]
    public async Task Suggestions_complete_the_last_word_with_product_names_in_the_buyers_scope()
    {
        var village = await English("bat-trang").GetFromJsonAsync<JsonElement>("/api/search/suggest?q=crack");
        village.GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var s in village.EnumerateArray())
        {
            s.GetProperty("text").GetString()!.ShouldContain("rackle", Case.Insensitive);
            var product = app.Published[s.GetProperty("productId").GetString()!];
            product.TenantSlug.ShouldBe("bat-trang");
            s.GetProperty("tenantSlug").GetString().ShouldBe("bat-trang");
            s.GetProperty("url").GetString().ShouldBe($"/products/{product.Id}");
        }

        var platform = await English(null).GetFromJsonAsync<JsonElement>("/api/search/suggest?q=silk+sca");
        platform.GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var s in platform.EnumerateArray())
            s.GetProperty("url").GetString().ShouldBe($"http://van-phuc.localhost/products/{s.GetProperty("productId").GetString()}");
        (await English("dong-ky").GetFromJsonAsync<JsonElement>("/api/search/suggest?q=silk+sca")).GetArrayLength().ShouldBe(0, "Dong Ky makes no scarves");
    }

    [Fact]
    public async Task The_search_api_answers_the_documented_contract()
    {
        var answer = await English("bat-trang").GetFromJsonAsync<JsonElement>("/api/search?q=crackle+vase&pageSize=3");
        answer.EnumerateObject().Select(p => p.Name).ShouldBe(["total", "page", "pageSize", "hits", "facets", "didYouMean"], ignoreOrder: true);
        answer.GetProperty("total").GetInt64().ShouldBeGreaterThanOrEqualTo(answer.GetProperty("hits").GetArrayLength());
        answer.GetProperty("hits").GetArrayLength().ShouldBe(3);
        foreach (var hit in answer.GetProperty("hits").EnumerateArray())
        {
            var product = app.Published[hit.GetProperty("productId").GetString()!];
            hit.GetProperty("tenantSlug").GetString().ShouldBe("bat-trang");
            hit.GetProperty("name").GetString().ShouldBe(product.Name["en"]);
            hit.GetProperty("url").GetString().ShouldBe($"/products/{product.Id}");
            hit.GetProperty("indicativePrice").GetDecimal().ShouldBe(product.BasePrice.Major);
            hit.GetProperty("price").GetProperty("currency").GetString().ShouldBe("VND");
            hit.GetProperty("price").GetProperty("minorUnits").GetInt64().ShouldBe(product.BasePrice.MinorUnits);
            hit.GetProperty("coverImage").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null);
            hit.GetProperty("snippet").GetString().ShouldNotBeNull();
        }
        var facets = answer.GetProperty("facets");
        // The quality-mark facet appears once a hit carries the mark (the demo registry marks a few products), with the one value "true".
        facets.EnumerateObject().Select(f => f.Name).Where(f => f != Facets.QualityMark)
            .ShouldBe([Facets.Category, Facets.Material, Facets.Technique, Facets.Price, Facets.Moq, Facets.LeadTime], ignoreOrder: true, "no village facet inside a village");
        if (facets.TryGetProperty(Facets.QualityMark, out var marked))
            marked.EnumerateArray().Select(v => v.GetProperty("value").GetString()).ShouldBe(["true"]);
        foreach (var facet in facets.EnumerateObject())
        {
            facet.Value.GetArrayLength().ShouldBeGreaterThan(0, facet.Name);
            foreach (var value in facet.Value.EnumerateArray())
            {
                value.EnumerateObject().Select(p => p.Name).ShouldBe(["value", "count"], ignoreOrder: true);
                value.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.String);
                value.GetProperty("count").GetInt64().ShouldBeGreaterThan(0);
            }
            facet.Value.EnumerateArray().Sum(v => v.GetProperty("count").GetInt64()).ShouldBeLessThanOrEqualTo(answer.GetProperty("total").GetInt64(), facet.Name);
        }
        var platform = await English(null).GetFromJsonAsync<JsonElement>("/api/search?q=crackle+vase");
        platform.GetProperty("facets").GetProperty(Facets.Village).EnumerateArray().Select(v => v.GetProperty("value").GetString()).ShouldContain("bat-trang");
    }

    /// <summary>The count next to a facet checkbox on the page, and whether it is ticked.</summary>
    private static (long Count, bool Checked) Checkbox(string html, string facet, string value)
    {
        var box = Regex.Match(html, $"""<input type="checkbox" name="{facet}" value="{Regex.Escape(HtmlEncoder.Default.Encode(value))}"( checked="checked")?><span>[^<]*<span class="facet-count">\((\d+)\)</span></span></label>""");
        box.Success.ShouldBeTrue($"a checkbox for {facet}={value}");
        return (long.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), box.Groups[1].Success);
    }
}
