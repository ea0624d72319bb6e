using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using Microsoft.Extensions.DependencyInjection;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>Silk sold by the metre reads "per metre" and "50 metres" in the village's languages, and says MTR to search engines (ADR 0073).</summary>
public sealed partial class ProductPageTests
{
    [Fact]
    public async Task A_product_sold_by_the_metre_says_so_beside_its_price_minimum_case_and_breaks_in_every_language()
    {
        var category = await app.CategoryAsync("van-phuc", "Vải thử", "Test fabric");
        var silk = await app.ProductAsync("van-phuc", "Jacquard silk by the metre", category, priceVnd: 265_000, moq: 50, unit: UnitOfSale.Metre);
        var path = ProductPaths.Of(silk.Id, new Dictionary<string, string> { ["en"] = silk.NameEn });
        var browser = app.Browser("van-phuc");

        var en = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/en" + path)));
        en.ShouldContain("<span class=\"per\">per metre</span>");
        en.ShouldContain("<dd>50 metres</dd>");                     // MOQ
        en.ShouldContain("<dd>10 metres</dd>");                     // order multiple
        en.ShouldContain("<td>200+ metres</td>");                   // first break at 4 × MOQ
        en.ShouldNotContain("per piece");

        var fr = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/fr" + path)));
        fr.ShouldContain("par mètre");
        fr.ShouldContain("<dd>50 mètres</dd>");
        var vi = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/vi" + path)));
        vi.ShouldContain("mỗi mét");
        vi.ShouldContain("<dd>50 mét</dd>");

        var api = await browser.GetFromJsonAsync<JsonElement>($"/api/catalogue/public/products/{silk.Id}");
        api.GetProperty("product").GetProperty("unit").GetString().ShouldBe("metre");
    }

    [Fact]
    public async Task Json_ld_gives_the_offer_and_its_price_breaks_the_UN_ECE_code_of_the_unit()
    {
        var category = await app.CategoryAsync("van-phuc", "Vải thử", "Test fabric");
        var silk = await app.ProductAsync("van-phuc", "Gauze silk by the metre", category, priceVnd: 240_000, moq: 50, unit: UnitOfSale.Metre);
        var sets = await app.ProductAsync("bat-trang", "Tea set sold by the set", await app.CategoryAsync("bat-trang", "Bình hoa thử", "Test vases"), unit: UnitOfSale.Set);

        async Task<JsonElement> OfferOf(string slug, StorefrontApp.Seeded p)
        {
            var html = await StorefrontApp.Html(await app.Browser(slug).GetAsync("/en" + ProductPaths.Of(p.Id, new Dictionary<string, string> { ["en"] = p.NameEn })));
            return JsonLdBlock().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)
                .Single(b => b.GetProperty("@type").GetString() == "Product").GetProperty("offers");
        }

        var offer = await OfferOf("van-phuc", silk);
        offer.GetProperty("eligibleQuantity").GetProperty("unitCode").GetString().ShouldBe("MTR");
        offer.GetProperty("eligibleQuantity").GetProperty("minValue").GetInt32().ShouldBe(50);
        var firstBreak = offer.GetProperty("priceSpecification")[0];
        firstBreak.GetProperty("unitCode").GetString().ShouldBe("MTR");
        firstBreak.GetProperty("eligibleQuantity").GetProperty("unitCode").GetString().ShouldBe("MTR");
        (await OfferOf("bat-trang", sets)).GetProperty("eligibleQuantity").GetProperty("unitCode").GetString().ShouldBe("SET");

        // Van Phuc does not sell in Japanese; Bat Trang does.
        var ja = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync(
            "/ja" + ProductPaths.Of(sets.Id, new Dictionary<string, string> { ["en"] = sets.NameEn }))));
        ja.ShouldContain("1セットあたり");
        ja.ShouldContain("<dd>50セット</dd>");
    }

    [Fact]
    public async Task Monthly_capacity_of_silk_sold_by_the_metre_is_told_in_metres_and_the_listing_filters_name_no_unit()
    {
        // Van Phuc demo: Nguyễn Thị Mai shows her 2,400 m of silk a month; Lê Văn Cường keeps his private.
        var category = await app.CategoryAsync("van-phuc", "Vải lụa", "Silk fabric");
        List<MakerProfile> makers;
        await using (var scope = app.ScopeFor("van-phuc"))
        {
            var directory = scope.ServiceProvider.GetRequiredService<IMemberDirectory>();
            var all = await directory.ListAsync(default);
            makers = [.. await directory.MakersAsync([.. all.Where(m => m.DisplayName is "Hộ dệt Lê Văn Cường" or "Hộ dệt Nguyễn Thị Mai").Select(m => m.Id)], default)];
        }
        var cuong = makers.Single(m => m.DisplayName == "Hộ dệt Lê Văn Cường").Id;
        var mai = makers.Single(m => m.DisplayName == "Hộ dệt Nguyễn Thị Mai").Id;
        var hers = await app.ProductAsync("van-phuc", "Mai's silk by the metre", category, moq: 50, makerIds: [mai], unit: UnitOfSale.Metre);
        var shared = await app.ProductAsync("van-phuc", "Shared silk by the metre", category, moq: 50, makerIds: [cuong, mai], unit: UnitOfSale.Metre);
        var browser = app.Browser("van-phuc");
        string PathOf(StorefrontApp.Seeded p) => ProductPaths.Of(p.Id, new Dictionary<string, string> { ["en"] = p.NameEn });

        var en = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/en" + PathOf(hers))));
        en.ShouldContain("<dd>2,400 metres</dd>");
        en.ShouldNotContain("pieces");
        var vi = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/vi" + PathOf(hers))));
        vi.ShouldContain("<dd>2.400 mét</dd>");
        var partial = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/en" + PathOf(shared))));
        partial.ShouldContain("<dd>At least 2,400 metres (some makers keep their figures private)</dd>");

        // A listing mixes units: its filters say "Unit price" and "MOQ 50 or fewer", never pieces.
        var listing = WebUtility.HtmlDecode(await StorefrontApp.Html(await browser.GetAsync("/en/products")));
        listing.ShouldContain("<label for=\"f-price\">Unit price</label>");
        listing.ShouldContain(">MOQ 50 or fewer</option>");
        listing.ShouldNotContain("pieces or fewer");
        listing.ShouldNotContain("Prices are per piece");
    }
}
