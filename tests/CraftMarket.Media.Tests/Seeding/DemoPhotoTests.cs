using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Seeding;
using CraftMarket.Media.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace CraftMarket.Media.Tests.Seeding;

public sealed class DemoPhotoApp() : MediaApp(extra: new Dictionary<string, string?> { ["CraftMarket:Media:SeedDemoPhotos"] = "true" });

/// <summary>Every published demo product gets two drawn photographs, through the same pipeline as an upload.</summary>
public sealed class DemoPhotoTests(DemoPhotoApp app) : IClassFixture<DemoPhotoApp>
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
