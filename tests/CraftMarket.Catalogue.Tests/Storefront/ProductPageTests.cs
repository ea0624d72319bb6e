using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using Microsoft.Extensions.DependencyInjection;

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
        html.ShouldContain("≈ US$15.20 <span class=\"indicative-note\">(indicative)</span>");               // 400,000 × 0.000038 at Bat Trang's rate
        html.ShouldContain("<td>200+ pieces</td>");                  // first break at 4 × MOQ
        html.ShouldContain("<span class=\"price-indicative\">≈ US$13.68 ");                   // 360,000 VND
        html.ShouldContain("<dd>50 pieces</dd>");                    // MOQ
        html.ShouldContain("<dd>30 days</dd>");                      // lead time
        MakerLinks().Count(html).ShouldBe(2, "both active demo makers are listed publicly and linked to their profiles");
    }

    [Fact]
    public async Task Indicative_prices_take_the_display_currencys_own_digits()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var jar = await app.ProductAsync("bat-trang", "Lotus jar in yen", category, priceVnd: 400_000, moq: 50);
        var path = "/en" + ProductPaths.Of(jar.Id, new Dictionary<string, string> { ["en"] = jar.NameEn });

        var yen = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync(path + "?currency=JPY")));
        yen.ShouldContain("≈ ¥2,340 <span class=\"indicative-note\">(indicative)</span>");                 // 400,000 × 0.00585: yen have no minor unit
        yen.ShouldContain("<span class=\"price-indicative\">≈ ¥2,106 ");                      // 360,000 VND
        yen.ShouldNotContain("¥2,340.");
        var euros = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync(path + "?currency=EUR")));
        euros.ShouldContain("≈ €14.08 <span class=\"indicative-note\">(indicative)</span>");                // two decimals for euros
    }

    [Fact]
    public async Task The_public_api_gives_prices_as_money_and_keeps_the_dong_fields()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases");
        var bowl = await app.ProductAsync("bat-trang", "Money bowl", category, priceVnd: 400_000, moq: 50);

        var detail = await app.Browser("bat-trang").GetFromJsonAsync<JsonElement>($"/api/catalogue/public/products/{bowl.Id}");
        var product = detail.GetProperty("product");
        product.GetProperty("basePrice").GetProperty("currency").GetString().ShouldBe("VND");
        product.GetProperty("basePrice").GetProperty("minorUnits").GetInt64().ShouldBe(400_000);
        product.GetProperty("basePriceVnd").GetDecimal().ShouldBe(400_000m);
        var firstBreak = product.GetProperty("priceBreaks")[0];
        firstBreak.GetProperty("unitPrice").GetProperty("minorUnits").GetInt64().ShouldBe(360_000);
        firstBreak.GetProperty("unitPriceVnd").GetDecimal().ShouldBe(360_000m);

        var listing = await app.Browser("bat-trang").GetFromJsonAsync<JsonElement>("/api/catalogue/public/products?pageSize=100");
        var card = listing.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == bowl.Id.Value);
        card.GetProperty("basePriceVnd").GetDecimal().ShouldBe(400_000m);
        card.GetProperty("lowestPriceVnd").GetDecimal().ShouldBe(320_000m);
        card.GetProperty("lowestPrice").GetProperty("minorUnits").GetInt64().ShouldBe(320_000);
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

    [Fact]
    public async Task A_makers_private_capacity_never_shows_not_even_as_a_single_makers_sum()
    {
        // Van Phuc demo: Lê Văn Cường keeps his 3,200 m of silk a month private; Nguyễn Thị Mai shows her 2,400 m.
        var silk = await app.CategoryAsync("van-phuc", "Vải lụa", "Silk fabric");
        List<MakerProfile> makers;
        await using (var scope = app.ScopeFor("van-phuc"))
        {
            var directory = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var all = await directory.ListAsync(default);
            makers = [.. await directory.MakersAsync([.. all.Where(m => m.DisplayName is "Hộ dệt Lê Văn Cường" or "Hộ dệt Nguyễn Thị Mai").Select(m => m.Id)], default)];
        }
        var cuong = makers.Single(m => m.DisplayName == "Hộ dệt Lê Văn Cường");
        var mai = makers.Single(m => m.DisplayName == "Hộ dệt Nguyễn Thị Mai");
        cuong.PublicCapacities.ShouldBeNull("Members hands no private figure to the catalogue");
        mai.PublicCapacities!.Single().Quantity.ShouldBe(2400);

        var alone = await app.ProductAsync("van-phuc", "Private silk bolt", silk, makerIds: [cuong.Id]);
        var together = await app.ProductAsync("van-phuc", "Shared silk bolt", silk, makerIds: [cuong.Id, mai.Id]);
        var browser = app.Browser("van-phuc");

        var aloneHtml = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync($"/en/products/{alone.Id}/private-silk-bolt")));
        aloneHtml.ShouldContain("<dd>Ask the export desk</dd>");
        aloneHtml.ShouldNotContain("3,200");
        var api = await browser.GetFromJsonAsync<JsonElement>($"/api/catalogue/public/products/{alone.Id}");
        api.GetProperty("product").GetProperty("monthlyCapacity").ValueKind.ShouldBe(JsonValueKind.Null);

        var togetherHtml = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync($"/en/products/{together.Id}/shared-silk-bolt")));
        togetherHtml.ShouldContain("<dd>At least 2,400 pieces (some makers keep their figures private)</dd>");
        togetherHtml.ShouldNotContain("5,600");
        (await browser.GetFromJsonAsync<JsonElement>($"/api/catalogue/public/products/{together.Id}"))
            .GetProperty("product").GetProperty("monthlyCapacity").GetInt32().ShouldBe(2400);
    }

    [GeneratedRegex("<a href=\"/en/members/[0-9a-f-]{36}\" lang=\"vi\">")]
    private static partial Regex MakerLinks();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    internal static partial Regex JsonLdBlock();
}
