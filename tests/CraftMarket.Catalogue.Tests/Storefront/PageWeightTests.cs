using System.Text.RegularExpressions;
using CraftMarket.Members.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// The budget of issue 3: a storefront page without images is under 100 KB transferred (HTML, CSS
/// and JS). Measured uncompressed, which is more than goes over the wire, on full pages (a full
/// listing page, a product with makers and price breaks) in the longest language, plus the English
/// home, a member profile, the platform's landing page and the producer's new-product form (signed in).
/// </summary>
public sealed partial class PageWeightTests(StorefrontApp app, ITestOutputHelper output) : IClassFixture<StorefrontApp>
{
    private const int Budget = 100 * 1024;

    [Theory]
    [InlineData("bat-trang", "0912 345 601")]
    [InlineData("van-phuc", "0913 442 118")]
    [InlineData("dong-ky", "0915 660 284")]
    public async Task Storefront_pages_stay_under_100_KB(string slug, string producerPhone)
    {
        var category = await app.CategoryAsync(slug, "Danh mục cân", "Weighed category");
        StorefrontApp.Seeded? product = null;
        for (var i = 0; i < 13; i++) product = await app.ProductAsync(slug, $"Weighed product with a long descriptive name {i}", category);
        var client = app.Browser(slug);
        MemberId member;
        await using (var scope = app.ScopeFor(slug))
            member = (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default)).First(m => m.Status == MemberStatus.Active).Id;
        var producer = await app.Browser(slug).SignedInWithCookie(producerPhone);

        var pages = new (HttpClient Client, string Path)[]
        {
            (client, "/vi/"), (client, "/en/"), (client, "/vi/products"), (client, $"/vi/products?category={category}"),
            (client, $"/vi/products/{product!.Id}/x"), (client, "/vi/about"), (client, "/vi/members"), (client, $"/vi/members/{member}"),
            (app.Browser(null), "/"), (producer, "/vi/account/products/new"),
        };
        foreach (var (visitor, path) in pages)
        {
            var response = await visitor.GetAsync(path);
            if ((int)response.StatusCode == 301) response = await visitor.GetAsync(response.Headers.Location);
            var html = await StorefrontApp.Html(response);
            var total = System.Text.Encoding.UTF8.GetByteCount(html);
            foreach (Match asset in Asset().Matches(html))
                total += (await visitor.GetByteArrayAsync(asset.Groups[1].Value)).Length;
            output.WriteLine($"{slug} {path}: {total / 1024.0:F1} KB (HTML {html.Length / 1024.0:F1} KB)");
            total.ShouldBeLessThan(Budget, $"{slug} {path}");
            Asset().Count(html).ShouldBeGreaterThan(0, "the stylesheets were found and counted");
        }
    }

    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script[^>]* src)=\"([^\"]+)\"")]
    private static partial Regex Asset();
}
