using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;

namespace CraftMarket.Media.Tests.Pages;

/// <summary>
/// The storefront renders Media's real photos (not a stand-in) through the &lt;product-picture&gt;
/// tag helper: the product page's gallery with its cover eager and first, the listing's and the
/// maker's profile's cards lazy, every picture with AVIF, WebP and JPEG sources, sizes, intrinsic
/// size and its placeholder; each URL in them is served.
/// </summary>
public sealed partial class StorefrontPictureTests(SqliteMediaApp app) : IClassFixture<SqliteMediaApp>
{
    [Fact]
    public async Task A_published_products_photos_appear_on_its_page_its_card_and_its_makers_profile()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (cover, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(1600, 1200, seed: 401));
        var (second, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(1200, 1600, seed: 402));
        var buyer = app.ClientFor("bat-trang", followRedirects: true);
        (await buyer.GetAsync($"/vi/products/{product.Id.Value}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not before it is published");

        await app.Publish(product);
        var page = WebUtility.HtmlDecode(await buyer.GetStringAsync($"/vi/products/{product.Id.Value}"));
        var pictures = Pictures().Matches(page).Select(m => m.Value).ToList();
        pictures.Count.ShouldBe(2);
        pictures[0].ShouldContain($"/media/{cover}/");
        pictures[0].ShouldContain("loading=\"eager\" fetchpriority=\"high\"");
        pictures[0].ShouldContain("width=\"1600\" height=\"1200\"");
        pictures[0].ShouldContain("style=\"aspect-ratio:1600/1200;background:", customMessage: "the main photo is shown whole, not cut to the cards' 4:3");
        pictures[0].ShouldContain("sizes=\"(min-width: 68rem) 36rem, (min-width: 52rem) 53vw, 100vw\"");
        pictures[0].ShouldContain("alt=\"Sản phẩm thử");
        pictures[1].ShouldContain($"/media/{second}/");
        pictures[1].ShouldContain("loading=\"lazy\" decoding=\"async\"");
        pictures[1].ShouldContain("width=\"1200\" height=\"1600\"");
        pictures[1].ShouldContain(", ảnh 2\"");
        foreach (var picture in pictures)
        {
            Regex.Matches(picture, "<source type=\"([a-z/]+)\"").Select(m => m.Groups[1].Value).ShouldBe(["image/avif", "image/webp", "image/jpeg"]);
            picture.ShouldMatch("background:#[0-9a-f]{6} url\\(data:image/webp;base64,[A-Za-z0-9+/=]+\\) center/cover no-repeat\"");
            foreach (var url in Regex.Matches(picture, "(/media/[^ \"]+)").Select(m => m.Groups[1].Value).Distinct())
                (await buyer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        var listing = WebUtility.HtmlDecode(await buyer.GetStringAsync("/vi/products"));
        var card = Pictures().Matches(listing).Select(m => m.Value).Single(p => p.Contains($"/media/{cover}/", StringComparison.Ordinal));
        card.ShouldContain("loading=\"lazy\"");
        card.ShouldContain("1280w");
        card.ShouldNotContain("2048w", customMessage: "a card never needs the largest rendition");
        listing.ShouldNotContain($"/media/{second}/", customMessage: "cards show the cover only");

        var maker = await app.MemberOf("bat-trang", MediaApp.BatTrangProducer);
        var profile = WebUtility.HtmlDecode(await buyer.GetStringAsync($"/vi/members/{maker.Value}"));
        Pictures().Matches(profile).Select(m => m.Value).ShouldContain(p => p.Contains($"/media/{cover}/", StringComparison.Ordinal) && p.Contains("sizes=\"6rem\""));
    }

    [GeneratedRegex("<picture class=\"photo\">.*?</picture>", RegexOptions.Singleline)]
    private static partial Regex Pictures();
}
