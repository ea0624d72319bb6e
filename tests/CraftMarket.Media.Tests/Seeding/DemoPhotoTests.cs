using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Seeding;
using CraftMarket.Media.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using NetVips;
using Xunit.Abstractions;

namespace CraftMarket.Media.Tests.Seeding;

public sealed class DemoPhotoApp() : MediaApp(extra: new Dictionary<string, string?> { ["CraftMarket:Media:SeedDemoPhotos"] = "true" });

/// <summary>Every published demo product gets two drawn photographs, through the same pipeline as an upload.</summary>
public sealed class DemoPhotoTests(DemoPhotoApp app, ITestOutputHelper output) : IClassFixture<DemoPhotoApp>
{
    /// <summary>
    /// Seeding queues the photos (the uploads' own checks passed); the render job works through them
    /// in the background, a few hundred renders in all, so the test waits for the first product's.
    /// </summary>
    [Fact]
    public async Task Every_published_demo_product_gets_two_photos_through_the_upload_pipeline()
    {
        foreach (var slug in new[] { "bat-trang", "van-phuc", "dong-ky" })
        {
            await using var scope = app.ScopeFor(slug);
            var published = new List<ProductId>();
            await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(default)) published.Add(p.Id);
            published.ShouldNotBeEmpty(slug);

            var db = MediaApp.Db(scope);
            var counts = await db.Photos.GroupBy(p => p.ProductId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
            foreach (var id in published) (counts.FirstOrDefault(c => c.Key == id)?.Count ?? 0).ShouldBeGreaterThanOrEqualTo(2, $"{slug} product {id}");
            (await db.Photos.CountAsync(p => p.State == PhotoState.Rejected)).ShouldBe(0);
        }

        await using var first = app.ScopeFor("bat-trang");
        var firstPhotos = MediaApp.Db(first).Photos.OrderBy(p => p.UploadedAt).Take(2);
        for (var i = 0; i < 600 && await firstPhotos.AnyAsync(p => p.State != PhotoState.Ready); i++) await Task.Delay(100);
        var product = (await firstPhotos.FirstAsync()).ProductId;
        var gallery = (await first.ServiceProvider.GetRequiredService<IProductPhotos>().ForProductsAsync([product], default))[product];
        gallery.Photos.Count.ShouldBe(2);
        gallery.Cover!.Width.ShouldBe(1280);
    }

    /// <summary>
    /// Issue 3's budget with every card photographed: a full listing page, the home page and a
    /// product page stay under 100 KB of HTML, CSS and JS (images excluded, their markup counted).
    /// </summary>
    [Fact]
    public async Task Storefront_pages_with_a_photo_on_every_card_stay_under_100_KB()
    {
        await using (var scope = app.ScopeFor("bat-trang"))
        {
            var photos = MediaApp.Db(scope).Photos;
            for (var i = 0; i < 1200 && await photos.AnyAsync(p => p.State == PhotoState.Processing); i++) await Task.Delay(100);
            (await photos.CountAsync(p => p.State == PhotoState.Processing)).ShouldBe(0, "every demo photo of Bat Trang rendered");
        }
        var client = app.ClientFor("bat-trang", followRedirects: true);
        var listing = await client.GetStringAsync("/vi/products");
        var cards = Regex.Count(listing, "<article class=\"product-card");
        cards.ShouldBeGreaterThanOrEqualTo(12, "a full page of cards");
        Regex.Count(listing, "<picture class=\"photo\">").ShouldBe(cards, "each card shows its cover");
        var product = Regex.Match(listing, "href=\"(/vi/products/[0-9a-f-]{36}/[^\"]+)\"").Groups[1].Value;

        foreach (var path in new[] { "/vi/products", "/vi/", product })
        {
            var page = await client.GetAsync(path);
            page.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, path);
            var html = await page.Content.ReadAsStringAsync();
            html.ShouldContain("<picture class=\"photo\">", customMessage: path);
            var total = System.Text.Encoding.UTF8.GetByteCount(html);
            foreach (Match asset in Regex.Matches(html, "<(?:link rel=\"stylesheet\" href|script[^>]* src)=\"([^\"]+)\""))
            {
                var file = await client.GetAsync(asset.Groups[1].Value);
                file.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, asset.Groups[1].Value);
                total += (await file.Content.ReadAsByteArrayAsync()).Length;
            }
            output.WriteLine($"{path}: {total / 1024.0:F1} KB (HTML {html.Length / 1024.0:F1} KB, {Regex.Count(html, "<picture")} pictures)");
            total.ShouldBeLessThan(100 * 1024, $"{path}: {total / 1024.0:F1} KB");
        }
    }

    [Theory]
    [InlineData("Vases", "bat-trang", "vase")]
    [InlineData("Scarves", "van-phuc", "scarf")]
    [InlineData("Chairs", "dong-ky", "chair")]
    [InlineData("Something new", "dong-ky", "chair")]
    public void Drawings_follow_the_category(string category, string slug, string kind)
    {
        DemoDrawings.KindFor(category, slug).ShouldBe(kind);
        var jpeg = DemoDrawings.Draw(kind, 0, 42);
        using var image = Image.NewFromBuffer(jpeg);
        (image.Width, image.Height).ShouldBe((1280, 960));
        var centre = image.Getpoint(640, 560);
        var wall = image.Getpoint(48, 48);
        (Math.Abs(centre[0] - wall[0]) + Math.Abs(centre[1] - wall[1]) + Math.Abs(centre[2] - wall[2])).ShouldBeGreaterThan(30, "an object stands in front of the wall");
    }
}
