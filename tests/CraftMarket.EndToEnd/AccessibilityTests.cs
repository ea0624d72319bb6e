namespace CraftMarket.EndToEnd;

/// <summary>WCAG 2.2 AA, checked by axe-core in Chromium on the pages buyers and producers use most.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AccessibilityTests(LiveSite site)
{
    public static TheoryData<string?, string, int> Pages() => new()
    {
        { null, "/", 1366 },
        { "bat-trang", "/", 1366 },
        { "van-phuc", "/", 390 },
        { "dong-ky", "/", 1366 },
        { "bat-trang", "/members", 390 },
        { "bat-trang", "/en/products", 1366 },
        { "van-phuc", "/vi/products", 390 },
        { "dong-ky", "/en/products?sort=price", 1366 },
        { "van-phuc", "/en/about", 1366 },
        { "bat-trang", "/search?q=vase", 1366 },
        { null, "/search?q=silk&material=Silk", 390 },
        { "dong-ky", "/search?q=vaze", 1366 },
        // The label check a buyer's phone opens (ADR 0042): the form, and the answer to a code nobody issued.
        { "bat-trang", "/verify", 360 },
        { null, "/en/verify/NOT-A-REAL-CODE", 360 },
    };

    [Theory]
    [InlineData("bat-trang", "en", 1366)]
    [InlineData("van-phuc", "vi", 390)]
    [InlineData("dong-ky", "en", 1366)]
    [InlineData("bat-trang", "ja", 390)]
    public async Task Product_page_has_no_WCAG_violations(string tenant, string language, int width)
    {
        var page = await site.NewPageAsync(width, 900);
        await page.GotoAsync(site.Url(tenant, $"/{language}/products"));
        await page.Locator("article.product-card a.card-link").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/{language}/products/", StringComparison.Ordinal));
        await Axe.ShouldHaveNoViolationsAsync(page, $"a {tenant} product page in {language}");
        await page.ScreenshotAsync(new Microsoft.Playwright.PageScreenshotOptions { Path = LiveSite.ScreenshotPath($"{tenant}-product-{language}-{width}"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_violations(string? tenant, string path, int width)
    {
        var page = await site.NewPageAsync(width, 900);
        var response = await page.GotoAsync(site.Url(tenant, path));
        response!.Status.ShouldBe(200);
        await Axe.ShouldHaveNoViolationsAsync(page, $"{tenant ?? "platform"} {path}");
        await page.Context.CloseAsync();
    }
}

/// <summary>The checker itself: a page with known violations must be reported, or the suite above proves nothing.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AxeHarnessTests(LiveSite site)
{
    [Fact]
    public async Task Axe_reports_an_image_without_text_and_a_low_contrast_label()
    {
        var page = await site.NewPageAsync(800, 600);
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>bad</title></head>
            <body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#bbb;background:#fff">faint</p></main></body></html>
            """);
        var violations = await Axe.ViolationsAsync(page);
        violations.ShouldContain(v => v.StartsWith("image-alt", StringComparison.Ordinal));
        violations.ShouldContain(v => v.StartsWith("color-contrast", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }
}
