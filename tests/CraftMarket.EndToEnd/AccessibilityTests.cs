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
    };

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
