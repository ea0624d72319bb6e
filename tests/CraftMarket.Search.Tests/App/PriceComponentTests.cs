using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Tests.Relevance;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.App;

/// <summary>
/// One price component everywhere (ADR 0072): search results (a village's and the cross-village
/// page), listing cards, the product page and its price breaks show a price the same way, in the
/// page's language with the buyer's currency beside it at the village's own rate. Before, search
/// results printed the base price alone (no indicative amount) and the cross-village page none at all.
/// </summary>
public sealed partial class PriceComponentTests(DemoCatalogueApp app) : IClassFixture<DemoCatalogueApp>
{
    private static readonly Dictionary<string, string> Cultures = new() { ["vi"] = "vi-VN", ["en"] = "en-US", ["fr"] = "fr-FR", ["ja"] = "ja-JP" };

    public static TheoryData<string, string, string?> Readers() => new()
    {
        { "van-phuc", "en", "USD" },
        { "van-phuc", "fr", "EUR" },
        { "bat-trang", "ja", "JPY" },
        { "bat-trang", "vi", null },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Search_results_show_the_price_in_the_pages_language_and_the_buyers_currency(string slug, string language, string? currency)
    {
        var html = await Get(slug, WithCurrency($"/{language}/search?pageSize=5", currency));
        var hits = Parts(html, "<li class=\"search-hit\">", "</li>");
        hits.Count.ShouldBe(5);
        foreach (var (product, part) in hits.Select(h => (ProductIn(h), h)))
            ShouldShow(part, product, language, currency, "search results");
    }

    [Theory]
    [InlineData("en", "USD")]
    [InlineData("fr", "EUR")]
    public async Task The_cross_village_search_converts_each_villages_prices_at_its_own_rate(string language, string currency)
    {
        var html = await Get(null, $"/{language}/search?q=silk&currency={currency}");
        var hits = Parts(html, "<li class=\"search-hit\">", "</li>");
        hits.ShouldNotBeEmpty();
        foreach (var hit in hits) ShouldShow(hit, ProductIn(hit), language, currency, "cross-village search results");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Listing_cards_show_the_same_price_component(string slug, string language, string? currency)
    {
        var html = await Get(slug, WithCurrency($"/{language}/products", currency));
        var cards = Parts(html, "<article class=\"product-card", "</article>");
        cards.ShouldNotBeEmpty();
        foreach (var card in cards.Take(5)) ShouldShow(card, ProductIn(card), language, currency, "a listing card");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_product_page_and_its_price_breaks_show_the_same_price_component(string slug, string language, string? currency)
    {
        var product = app.Published.Values.Where(p => p.TenantSlug == slug && p.PriceBreaks.Count > 0).OrderBy(p => p.Id.ToString()).First();
        var html = await Get(slug, WithCurrency($"/{language}{ProductPaths.Of(product.Id, product.Name)}", currency));
        var summary = Parts(html, "<p class=\"product-price\">", "</p>").ShouldHaveSingleItem();
        ShouldShow(summary, product, language, currency, "the product page");
        var rows = Parts(Parts(html, "<section class=\"price-breaks\"", "</section>").ShouldHaveSingleItem(), "<tr>", "</tr>").Skip(1).ToList();
        // The table starts at the minimum order, at the base price, unless a break already does.
        List<Money> prices = [.. product.PriceBreaks.OrderBy(b => b.MinQuantity).Select(b => b.UnitPrice)];
        if (product.PriceBreaks.Min(b => b.MinQuantity) > product.MinimumOrderQuantity) prices.Insert(0, product.BasePrice);
        rows.Count.ShouldBe(prices.Count);
        for (var i = 0; i < rows.Count; i++) ShouldShow(rows[i], prices[i], slug, language, currency, "a price break");
    }

    private void ShouldShow(string part, PublishedProduct product, string language, string? currency, string where) =>
        ShouldShow(part, product.BasePrice, product.TenantSlug, language, currency, $"{where} ({product.Name["en"]})");

    private void ShouldShow(string part, Money price, string slug, string language, string? currency, string where)
    {
        var culture = CultureInfo.GetCultureInfo(Cultures[language]);
        var text = WebUtility.HtmlDecode(part);
        text.ShouldContain($"<strong class=\"price-base\">{price.Format(culture)}</strong>", Case.Sensitive, $"{where}: the base price in {culture.Name}");
        if (currency is null)
        {
            text.ShouldNotContain("≈", Case.Sensitive, $"{where}: a Vietnamese reader in VND gets no indicative amount");
            return;
        }
        var rate = app.Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.DisplayRate(currency).ShouldNotBeNull();
        var indicative = rate.Convert(price).Format(culture);
        text.ShouldContain($"<span class=\"price-indicative\">≈ {indicative} ", Case.Sensitive, $"{where}: the indicative amount in {currency}");
    }

    /// <summary>The buyer's choice in the address; VND for the Vietnamese reader (no indicative amount).</summary>
    private static string WithCurrency(string path, string? currency) => $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}currency={currency ?? "VND"}";

    private PublishedProduct ProductIn(string part) =>
        app.Published[ProductLink().Match(part) is { Success: true } m ? m.Groups[1].Value : throw new ShouldAssertException($"no product link in {part}")];

    private async Task<string> Get(string? slug, string path)
    {
        var response = await app.ClientFor(slug).GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return html;
    }

    private static List<string> Parts(string html, string start, string end)
    {
        var parts = new List<string>();
        for (var at = html.IndexOf(start, StringComparison.Ordinal); at >= 0; at = html.IndexOf(start, at + start.Length, StringComparison.Ordinal))
        {
            var close = html.IndexOf(end, at, StringComparison.Ordinal);
            parts.Add(html[at..(close < 0 ? html.Length : close)]);
        }
        return parts;
    }

    [GeneratedRegex("/products/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex ProductLink();
}
