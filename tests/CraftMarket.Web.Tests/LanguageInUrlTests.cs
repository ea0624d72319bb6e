using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

/// <summary>
/// /{lang}/... serves every page in that language with the same routes and links; unprefixed URLs
/// negotiate (cookie, then Accept-Language, then the association's default) without redirecting.
/// </summary>
public sealed partial class LanguageInUrlTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true);

    /// <summary>"Products" in the main navigation, in each language: proof the page was really translated.</summary>
    private static readonly Dictionary<string, string> ProductsWord = new() { ["vi"] = "Sản phẩm", ["en"] = "Products", ["fr"] = "Produits", ["ja"] = "製品" };

    public static TheoryData<string, string, string> PagesInLanguages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (slug, languages) in new[] { ("bat-trang", new[] { "vi", "en", "ja" }), ("van-phuc", new[] { "vi", "en", "fr" }) })
            foreach (var language in languages)
                foreach (var path in new[] { "/", "/products", "/about", "/members" })
                    data.Add(slug, language, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInLanguages))]
    public async Task Each_page_is_served_in_each_supported_language_with_canonical_and_alternates(string slug, string language, string path)
    {
        var response = await app.ClientFor(slug).GetAsync($"/{language}{path}");
        var html = await Body(response);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);

        html.ShouldContain($"<html lang=\"{language}\" data-tenant=\"{slug}\">");
        html.ShouldContain($">{ProductsWord[language]}</a>");
        html.ShouldContain($"<link rel=\"canonical\" href=\"http://{slug}.localhost/{language}{path}\">");
        var alternates = Alternate().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var supported = app.Services.GetRequiredService<CraftMarket.Tenancy.Contracts.ITenantDirectory>().FindBySlug(slug)!.SupportedLanguages;
        alternates.Keys.ShouldBe([.. supported, "x-default"], ignoreOrder: true);
        foreach (var other in supported) alternates[other].ShouldBe($"http://{slug}.localhost/{other}{path}");
        alternates["x-default"].ShouldBe($"http://{slug}.localhost{path}");
        // Links inside the page stay in the language: the prefix is part of PathBase.
        html.ShouldContain($"href=\"/{language}/products\"");
    }

    [Fact]
    public async Task The_switcher_keeps_the_page_and_its_query()
    {
        var html = await Body(await app.ClientFor("van-phuc").GetAsync("/en/products?sort=name&p=1"));
        var switcher = Switcher().Match(html).Value;
        switcher.ShouldContain("href=\"/vi/products?sort=name&amp;p=1\"");
        switcher.ShouldContain("href=\"/fr/products?sort=name&amp;p=1\"");
        switcher.ShouldContain("href=\"/en/products?sort=name&amp;p=1\" hreflang=\"en\" lang=\"en\" aria-current=\"true\"");

        var followed = await app.ClientFor("van-phuc").GetAsync("/fr/products?sort=name&p=1");
        (await Body(followed)).ShouldContain("<html lang=\"fr\"");

        // Path form: the village prefix stays in front of the language.
        var pathForm = await Body(await app.ClientFor(null).GetAsync("/v/van-phuc/fr/members"));
        pathForm.ShouldContain("href=\"/v/van-phuc/vi/members\" hreflang=\"vi\"");
        pathForm.ShouldContain("href=\"/v/van-phuc/fr/products\"");
        pathForm.ShouldContain("<link rel=\"canonical\" href=\"http://localhost/v/van-phuc/fr/members\">");
    }

    [Theory]
    [InlineData("bat-trang", null, null, "vi")]                // the association's default
    [InlineData("bat-trang", "ja,en;q=0.8", null, "ja")]       // the browser's first choice the village speaks
    [InlineData("bat-trang", "fr-FR,en;q=0.5", null, "en")]    // Bat Trang has no French: the next choice
    [InlineData("bat-trang", "de", null, "vi")]
    [InlineData("bat-trang", "ja", "en", "en")]                // the switcher's cookie beats the browser
    [InlineData("van-phuc", "en", "ja", "en")]                 // a cookie for a language this village lacks is ignored
    [InlineData(null, null, null, "en")]                       // the platform's default
    [InlineData(null, "vi-VN,vi;q=0.9", null, "vi")]
    public async Task Unprefixed_urls_negotiate_without_redirecting(string? slug, string? acceptLanguage, string? cookie, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        if (cookie is not null) request.Headers.Add("Cookie", $"cm-lang={cookie}");
        var response = await app.ClientFor(slug).SendAsync(request);
        var html = await Body(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain($"<html lang=\"{expected}\"");
        // The negotiating URL is its own canonical (the x-default alternate); the language's own URL is an alternate.
        html.ShouldContain($"<link rel=\"canonical\" href=\"http://{(slug is null ? "" : slug + ".")}localhost/\">");
        html.ShouldContain($"<link rel=\"alternate\" hreflang=\"{expected}\" href=\"http://{(slug is null ? "" : slug + ".")}localhost/{expected}/\">");
        response.Headers.Vary.ShouldContain("Accept-Language");
        response.Headers.Vary.ShouldContain("Cookie");
        html.ShouldContain("href=\"/account/login\"", Case.Sensitive, "unprefixed pages link unprefixed");
    }

    [Fact]
    public async Task Following_a_language_link_is_remembered_for_unprefixed_urls()
    {
        var browser = app.ClientFor("bat-trang");
        (await Body(await browser.GetAsync("/"))).ShouldContain("<html lang=\"vi\"");
        (await browser.GetAsync("/ja/about")).Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("cm-lang=ja", StringComparison.Ordinal));
        (await Body(await browser.GetAsync("/"))).ShouldContain("<html lang=\"ja\"");
    }

    [Fact]
    public async Task Languages_a_village_does_not_speak_and_prefixed_apis_are_not_found()
    {
        (await app.ClientFor("bat-trang").GetAsync("/fr/products")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor("bat-trang").GetAsync("/api/public/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor("bat-trang").GetAsync("/en/api/public/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_error_page_keeps_the_language_links_home_and_is_not_indexed()
    {
        var response = await app.ClientFor("bat-trang").GetAsync("/ja/no-such-page");
        var html = await Body(response);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        html.ShouldContain("<html lang=\"ja\"");
        html.ShouldContain("<h1>ページが見つかりません</h1>");
        html.ShouldContain("<meta name=\"robots\" content=\"noindex\">");
        html.ShouldNotContain("rel=\"canonical\"");
        Switcher().Match(html).Value.ShouldContain("href=\"/en/\"");
        html.ShouldNotContain("no-such-page");
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/en/")]
    [InlineData(null, "/vi/")]
    [InlineData("bat-trang", "/")]
    [InlineData("bat-trang", "/ja/products?sort=name")]
    [InlineData("van-phuc", "/products")]
    public async Task The_canonical_is_the_pages_own_address_among_its_alternates(string? slug, string path)
    {
        var html = await Body(await app.ClientFor(slug).GetAsync(path));
        var self = $"http://{(slug is null ? "" : slug + ".")}localhost{path}";
        var canonical = Canonical().Match(html).Groups[1].Value;
        var alternates = Alternate().Matches(html).Select(m => (Language: m.Groups[1].Value, Href: System.Net.WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

        System.Net.WebUtility.HtmlDecode(canonical).ShouldBe(self, "canonical = this language's own URL (the unprefixed one is x-default)");
        alternates.Select(a => a.Href).ShouldContain(self, "the page is among its own alternates");
        alternates.Select(a => a.Language).ShouldContain("x-default");
        alternates.Select(a => a.Href).Distinct().Count().ShouldBe(alternates.Count, "one URL per alternate");
        html.ShouldContain($"<meta property=\"og:url\" content=\"{canonical}\">");
        // Lighthouse's canonical audit: the page's URL and its canonical must not be two different alternates.
        (alternates.Any(a => a.Href == self) && alternates.Any(a => a.Href == System.Net.WebUtility.HtmlDecode(canonical)) && System.Net.WebUtility.HtmlDecode(canonical) != self)
            .ShouldBeFalse("the canonical points to another hreflang location");
    }

    private static Task<string> Body(HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    [GeneratedRegex("<link rel=\"canonical\" href=\"([^\"]+)\">")]
    private static partial Regex Canonical();

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">")]
    private static partial Regex Alternate();

    [GeneratedRegex("<nav class=\"switcher language-switcher\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Switcher();
}
