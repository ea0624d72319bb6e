using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Pages.Storefront;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>The product page over HTTP: what a buyer reads, what search engines parse, and what other villages can never reach.</summary>
public sealed partial class ProductPageTests(StorefrontApp app) : IClassFixture<StorefrontApp>
{
    [Fact]
    public async Task Shows_terms_price_breaks_in_the_buyers_currency_and_the_makers()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var vase = await app.ProductAsync("bat-trang", "Crackle vase", category, priceVnd: 400_000, moq: 50);
        var path = "/en" + ProductPaths.Of(vase.Id, new Dictionary<string, string> { ["en"] = vase.NameEn });

        var html = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync(path + "?currency=USD")));

        html.ShouldContain("<h1 id=\"product-title\" lang=\"en\">Crackle vase</h1>");
        html.ShouldContain("₫400,000");                             // the VND base price, formatted for English
        html.ShouldContain("≈ US$15.20 (indicative)");               // 400,000 × 0.000038 at Bat Trang's rate
        html.ShouldContain("<td>200+ pieces</td>");                  // first break at 4 × MOQ
        html.ShouldContain("<td>≈ US$13.68</td>");                   // 360,000 VND
        html.ShouldContain("<dd>50 pieces</dd>");                    // MOQ
        html.ShouldContain("<dd>30 days</dd>");                      // lead time
        MakerLinks().Count(html).ShouldBe(2, "both active demo makers are listed publicly and linked to their profiles");
    }

    [Fact]
    public async Task Json_ld_describes_the_product_and_its_offer_in_VND()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var vase = await app.ProductAsync("bat-trang", "Blue dragon jar", category, priceVnd: 1_250_000, moq: 20);

        var html = await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync($"/vi/products/{vase.Id}/blue-dragon-jar"));
        var blocks = JsonLdBlock().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement).ToList();
        var product = blocks.Single(b => b.GetProperty("@type").GetString() == "Product");

        product.GetProperty("@context").GetString().ShouldBe("https://schema.org");
        product.GetProperty("name").GetString().ShouldBe(vase.NameVi, "the page is in Vietnamese, so is its data");
        product.GetProperty("url").GetString().ShouldBe($"http://bat-trang.localhost/vi/products/{vase.Id}/blue-dragon-jar");
        var offer = product.GetProperty("offers");
        offer.GetProperty("@type").GetString().ShouldBe("Offer");
        offer.GetProperty("price").GetDecimal().ShouldBe(1_250_000m);
        offer.GetProperty("priceCurrency").GetString().ShouldBe("VND");
        offer.GetProperty("availability").GetString().ShouldStartWith("https://schema.org/");
        offer.GetProperty("eligibleQuantity").GetProperty("minValue").GetInt32().ShouldBe(20);
        offer.GetProperty("priceSpecification")[0].GetProperty("price").GetDecimal().ShouldBe(1_125_000m);
    }

    [Fact]
    public async Task A_wrong_or_missing_slug_redirects_to_the_one_address_keeping_the_language()
    {
        var category = await app.CategoryAsync("van-phuc", "Khăn thử", "Test scarves");
        var scarf = await app.ProductAsync("van-phuc", "Silk scarf Phoenix", category);

        var response = await app.Browser(null).GetAsync($"/v/van-phuc/fr/products/{scarf.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);
        response.Headers.Location!.OriginalString.ShouldBe($"/v/van-phuc/fr/products/{scarf.Id}/silk-scarf-phoenix");
    }

    [Fact]
    public async Task Another_villages_product_a_draft_or_an_unknown_id_is_a_404_page()
    {
        var silk = await app.ProductAsync("van-phuc", "Van Phuc only", await app.CategoryAsync("van-phuc", "Khăn thử", "Test scarves"));
        var draft = await app.ProductAsync("bat-trang", "Unpublished plate", await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases"), publish: false);

        (await app.Browser("van-phuc").GetAsync($"/products/{silk.Id}/van-phuc-only")).StatusCode.ShouldBe(HttpStatusCode.OK, "sanity: its own village shows it");
        foreach (var path in new[] { $"/products/{silk.Id}/van-phuc-only", $"/en/products/{silk.Id}/van-phuc-only", $"/products/{draft.Id}/unpublished-plate", $"/products/{Guid.NewGuid()}/x" })
        {
            var html = await StorefrontApp.Html(await app.Browser("bat-trang", "en").GetAsync(path), HttpStatusCode.NotFound);
            html.ShouldContain("<h1>Page not found</h1>");
            html.ShouldNotContain("Van Phuc only");
            html.ShouldNotContain(silk.Id.ToString(), customMessage: "the error page must not echo another village's ids");
        }
    }

    [Fact]
    public async Task Without_photos_the_gallery_keeps_its_box()
    {
        var category = await app.CategoryAsync("dong-ky", "Ghế thử", "Test chairs");
        var chair = await app.ProductAsync("dong-ky", "Carved armchair", category);
        var html = await StorefrontApp.Html(await app.Browser("dong-ky", "en").GetAsync($"/products/{chair.Id}/carved-armchair"));
        html.ShouldContain("class=\"media-placeholder product-placeholder\" role=\"img\"");
        html.ShouldNotContain("<picture");
    }

    [GeneratedRegex("<a href=\"/en/members/[0-9a-f-]{36}\" lang=\"vi\">")]
    private static partial Regex MakerLinks();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    internal static partial Regex JsonLdBlock();
}
