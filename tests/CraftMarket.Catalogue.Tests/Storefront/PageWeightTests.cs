using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// The budget of issue 3: a storefront page without images is under 100 KB transferred (HTML, CSS
/// and JS). Measured uncompressed, which is more than goes over the wire, on full pages (a full
/// listing page, a product with makers and price breaks) in the longest language.
/// </summary>
public sealed partial class PageWeightTests(StorefrontApp app, ITestOutputHelper output) : IClassFixture<StorefrontApp>
{
    private const int Budget = 100 * 1024;

    [Theory]
    [InlineData("bat-trang")]
    [InlineData("van-phuc")]
    [InlineData("dong-ky")]
    public async Task Storefront_pages_stay_under_100_KB(string slug)
    {
        var category = await app.CategoryAsync(slug, "Danh mục cân", "Weighed category");
        StorefrontApp.Seeded? product = null;
        for (var i = 0; i < 13; i++) product = await app.ProductAsync(slug, $"Weighed product with a long descriptive name {i}", category);
        var client = app.Browser(slug);

        foreach (var path in new[] { "/vi/", "/vi/products", $"/vi/products?category={category}", $"/vi/products/{product!.Id}/x", "/vi/about", "/vi/members" })
        {
            var response = await client.GetAsync(path);
            if ((int)response.StatusCode == 301) response = await client.GetAsync(response.Headers.Location);
            var html = await StorefrontApp.Html(response);
            var total = System.Text.Encoding.UTF8.GetByteCount(html);
            foreach (Match asset in Asset().Matches(html))
                total += (await client.GetByteArrayAsync(asset.Groups[1].Value)).Length;
            output.WriteLine($"{slug} {path}: {total / 1024.0:F1} KB (HTML {html.Length / 1024.0:F1} KB)");
            total.ShouldBeLessThan(Budget, $"{slug} {path}");
            Asset().Count(html).ShouldBeGreaterThan(0, "the stylesheets were found and counted");
        }
    }

    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script[^>]* src)=\"([^\"]+)\"")]
    private static partial Regex Asset();
}
