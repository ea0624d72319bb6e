using System.Collections.Concurrent;
using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Pictures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// When Media has photos (its IProductPhotos answers), cards and the product page render them as
/// &lt;picture&gt; with AVIF/WebP sources, intrinsic size (no layout shift) and the product's name as
/// alternative text; the product page's first photo also becomes og:image and JSON-LD image.
/// Media's contract is answered here by a fixed gallery (Media's own tests render real photos).
/// </summary>
public sealed partial class PhotoTests(PhotoTests.App app) : IClassFixture<PhotoTests.App>
{
    public sealed class App : StorefrontApp
    {
        public ConcurrentDictionary<ProductId, ProductGallery> Galleries { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Instead of Media's own: pages use the one registration there is.
            builder.ConfigureTestServices(s => s.RemoveAll<IProductPhotos>().AddSingleton<IProductPhotos>(new FixedPhotos(Galleries)));
        }
    }

    private sealed class FixedPhotos(ConcurrentDictionary<ProductId, ProductGallery> galleries) : IProductPhotos
    {
        public Task<IReadOnlyDictionary<ProductId, ProductGallery>> ForProductsAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct) =>
            Task.FromResult<IReadOnlyDictionary<ProductId, ProductGallery>>(
                products.Where(galleries.ContainsKey).ToDictionary(p => p, p => galleries[p]));
    }

    [Fact]
    public async Task Photos_render_as_pictures_on_cards_and_the_product_page()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình ảnh", "Photo vases");
        var vase = await app.ProductAsync("bat-trang", "Photographed vase", category);
        var photo = new PictureView(Guid.NewGuid(), 1600, 1200, "#3355aa", "data:image/webp;base64,UklGRg==",
            [new("image/avif", "/media/p/1/640.avif 640w, /media/p/1/1280.avif 1280w"), new("image/webp", "/media/p/1/640.webp 640w")],
            "/media/p/1/1280.jpg");
        app.Galleries[vase.Id] = new ProductGallery(vase.Id, [photo, photo with { Id = Guid.NewGuid(), FallbackUrl = "/media/p/2/1280.jpg" }]);

        var listing = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync($"/en/products?category={category}")));
        listing.ShouldContain("<source type=\"image/avif\" srcset=\"/media/p/1/640.avif 640w, /media/p/1/1280.avif 1280w\"");
        listing.ShouldContain("<img src=\"/media/p/1/1280.jpg\" alt=\"Photographed vase\" width=\"1600\" height=\"1200\" loading=\"lazy\"");

        var page = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync($"/en/products/{vase.Id}/photographed-vase")));
        page.ShouldContain("loading=\"eager\"", customMessage: "the main photo is the page's largest paint: never lazy");
        page.ShouldContain("/media/p/2/1280.jpg");
        page.ShouldNotContain("product-placeholder");
        page.ShouldContain("<meta property=\"og:image\" content=\"http://bat-trang.localhost/media/p/1/1280.jpg\">");
        page.ShouldContain("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        page.ShouldContain("\"image\":[\"http://bat-trang.localhost/media/p/1/1280.jpg\"");
    }

    [Fact]
    public async Task A_product_link_shared_in_a_chat_app_shows_its_photo_with_alt_text_name_and_description()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình chia sẻ", "Shared vases");
        var vase = await app.ProductAsync("bat-trang", "Shared crackle vase", category);
        var photo = new PictureView(Guid.NewGuid(), 1600, 1200, "#3355aa", "data:image/webp;base64,UklGRg==",
            [new("image/webp", "/media/p/9/640.webp 640w")], "/media/p/9/1280.jpg");
        app.Galleries[vase.Id] = new ProductGallery(vase.Id, [photo]);

        var page = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync($"/en/products/{vase.Id}/shared-crackle-vase")));
        var description = Meta().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new ShouldAssertException("no meta description");
        page.ShouldContain("<meta property=\"og:image:alt\" content=\"Shared crackle vase\">");
        page.ShouldContain("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        page.ShouldContain("<meta name=\"twitter:title\" content=\"Shared crackle vase\">");
        page.ShouldContain($"<meta name=\"twitter:description\" content=\"{description}\">");
        description.ShouldNotBeNullOrWhiteSpace();
        page.ShouldContain("<meta name=\"twitter:image\" content=\"http://bat-trang.localhost/media/p/9/1280.jpg\">");
        page.ShouldContain("<meta name=\"twitter:image:alt\" content=\"Shared crackle vase\">");

        // Without a photo there is no image to describe: a small card, no image tags.
        var bare = await app.ProductAsync("bat-trang", "Unphotographed vase", category);
        var plain = WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser("bat-trang").GetAsync($"/en/products/{bare.Id}/unphotographed-vase")));
        plain.ShouldContain("<meta name=\"twitter:card\" content=\"summary\">");
        plain.ShouldContain("<meta name=\"twitter:title\" content=\"Unphotographed vase\">");
        plain.ShouldNotContain("og:image");
        plain.ShouldNotContain("twitter:image");
    }

    [System.Text.RegularExpressions.GeneratedRegex("<meta name=\"description\" content=\"([^\"]*)\">")]
    private static partial System.Text.RegularExpressions.Regex Meta();
}
