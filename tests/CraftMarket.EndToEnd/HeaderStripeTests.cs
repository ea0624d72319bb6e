using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A theme's band under the header (Van Phuc's gold stripe, Bat Trang's glaze rule) stays below the
/// header's links however many lines they wrap to on a phone. The band is found in the pixels, whatever
/// CSS draws it (a gradient, a border, a shadow): the first row, down the header's left edge, that is no
/// longer the header's own colour. Van Phuc's gradient at 85% of the header's height once ran into them.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class HeaderStripeTests(LiveSite site)
{
    [Theory]
    [InlineData("van-phuc", 412)]
    [InlineData("bat-trang", 412)]
    [InlineData("dong-ky", 412)]
    [InlineData("van-phuc", 360)]
    [InlineData("van-phuc", 1366)]
    public async Task The_headers_links_stay_above_its_accent_stripe(string slug, int width)
    {
        var page = await site.NewPageAsync(width, 915);
        foreach (var path in new[] { "/en/", "/vi/products" })
        {
            await page.GotoAsync(site.Url(slug, path));
            var header = page.Locator(".site-header");
            var box = (await header.BoundingBoxAsync())!;
            var png = await header.ScreenshotAsync(new LocatorScreenshotOptions { Path = LiveSite.ScreenshotPath($"header-{slug}-{width}{path.Replace('/', '-')}") });
            var stripeTop = box.Y + await StripeTopAsync(page, png);

            var bottoms = await page.EvaluateAsync<double[]>(
                "() => [...document.querySelectorAll('.site-header a, .site-header button, .site-header input')].filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().bottom)");
            bottoms.ShouldNotBeEmpty();
            foreach (var bottom in bottoms)
                bottom.ShouldBeLessThanOrEqualTo(stripeTop, $"{slug} at {width} px ({path}): a header control ends at {bottom}, the band under the header starts at {stripeTop}");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>The first row (from the header's top) at x = 1 whose colour differs from the header's own at (1, 1); the header's height when none does.</summary>
    private async Task<double> StripeTopAsync(IPage page, byte[] png)
    {
        var scratch = await page.Context.NewPageAsync();   // about:blank: no CSP, a canvas to read the screenshot's pixels
        var row = await scratch.EvaluateAsync<int>("""
            async (src) => {
                const image = new Image();
                image.src = src;
                await image.decode();
                const canvas = new OffscreenCanvas(image.width, image.height);
                const g = canvas.getContext('2d');
                g.drawImage(image, 0, 0);
                const px = g.getImageData(1, 0, 1, image.height).data;
                const [r, gr, b] = [px[4], px[5], px[6]];
                for (let y = 1; y < image.height; y++) {
                    const i = y * 4;
                    if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - gr) + Math.abs(px[i + 2] - b) > 24) return y;
                }
                return image.height;
            }
            """, "data:image/png;base64," + Convert.ToBase64String(png));
        await scratch.CloseAsync();
        return row;
    }
}
