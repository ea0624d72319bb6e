using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// The search page as a buyer's browser lays it out (ADR 0072): each facet checkbox on the same row as
/// its label, left-aligned (the base sheet's full-width inputs had put it centred on a line of its own);
/// on a phone the results come first, the filters folded behind one "Filter" control that opens with or
/// without JavaScript; on a desktop the filters are open beside the results.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class SearchPageLayoutTests(LiveSite site)
{
    private const string Search = "/en/search?q=vase";

    [Theory]
    [InlineData(1366, 900)]
    [InlineData(360, 740)]
    public async Task Each_facet_checkbox_sits_on_its_labels_row_aligned_left(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        await OpenResultsAsync(page, Search);
        var summary = page.Locator("details.search-filters > summary");
        if (await summary.IsVisibleAsync()) await summary.ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath($"search-facets-{width}x{height}"), FullPage = true });

        var rows = await page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.search-facets fieldset label')].slice(0, 12).map(label => {
                const box = label.querySelector('input[type=checkbox]').getBoundingClientRect();
                const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, { acceptNode: n => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT });
                const range = document.createRange();
                range.selectNodeContents(walker.nextNode());
                const text = range.getClientRects()[0];
                const fieldset = label.closest('fieldset').getBoundingClientRect();
                return [box.left, box.top, box.bottom, box.right, text.left, text.top, text.bottom, fieldset.left];
            })
            """);
        rows.Length.ShouldBeGreaterThan(3, "the vase search has facets");
        foreach (var r in rows)
        {
            var (boxLeft, boxTop, boxBottom, boxRight, textLeft, textTop, textBottom, fieldsetLeft) = (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
            var boxMiddle = (boxTop + boxBottom) / 2;
            boxMiddle.ShouldBeInRange(textTop, textBottom, $"the checkbox at {boxTop}-{boxBottom} shares a row with its label's text at {textTop}-{textBottom}");
            textLeft.ShouldBeGreaterThanOrEqualTo(boxRight, "the label follows its checkbox");
            (boxLeft - fieldsetLeft).ShouldBeLessThan(24, "the checkbox is aligned left in its group, not centred");
        }
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_results_come_first_and_the_filter_control_opens_with_or_without_javascript(bool javaScript)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 }, Locale = "en-US", JavaScriptEnabled = javaScript, IsMobile = true, HasTouch = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await OpenResultsAsync(page, "/en/search");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath($"search-phone-{(javaScript ? "js" : "nojs")}") });

        var first = await page.Locator(".search-hit").First.BoundingBoxAsync();
        first.ShouldNotBeNull();
        (first.Y + 48).ShouldBeLessThan(740, "the first result is in view without scrolling");
        var facets = page.Locator(".search-facets fieldset").First;
        (await facets.IsVisibleAsync()).ShouldBeFalse("the filters are folded on a phone");
        var filter = page.Locator("details.search-filters > summary");
        (await filter.InnerTextAsync()).Trim().ShouldStartWith("Filter");

        await filter.ClickAsync();
        (await facets.IsVisibleAsync()).ShouldBeTrue("the Filter control opens the filters");
        await page.Locator(".search-facets input[type=checkbox]").First.CheckAsync();
        if (!javaScript) await page.Locator(".search-facets button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains('&', StringComparison.Ordinal) || url.Contains("category=", StringComparison.Ordinal) || url.Contains("material=", StringComparison.Ordinal));
        (await page.Locator("details.search-filters").GetAttributeAsync("open")).ShouldNotBeNull("a page with a filter applied shows its filters open");
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_filters_are_open_beside_the_results()
    {
        var page = await site.NewPageAsync(1366, 900);
        await OpenResultsAsync(page, Search);
        (await page.Locator(".search-facets fieldset").First.IsVisibleAsync()).ShouldBeTrue();
        (await page.Locator("details.search-filters > summary").IsVisibleAsync()).ShouldBeFalse("no Filter control where the filters have room");
        var filters = (await page.Locator(".search-facets").BoundingBoxAsync())!;
        var results = (await page.Locator(".search-hit").First.BoundingBoxAsync())!;
        results.X.ShouldBeGreaterThanOrEqualTo(filters.X + filters.Width, "results to the right of the filters");
        await page.Context.CloseAsync();
    }

    /// <summary>The browser suite's site indexes its demo products after it starts: wait for the first results.</summary>
    private async Task OpenResultsAsync(IPage page, string path)
    {
        for (var until = DateTime.UtcNow.AddSeconds(60); ;)
        {
            // The first search of a fresh site warms the index and compiles the page: a minute, not the suite's 15 s.
            await page.GotoAsync(site.Url("bat-trang", path), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
            if (await page.Locator(".search-hit").CountAsync() > 0 || DateTime.UtcNow > until) break;
            await page.WaitForTimeoutAsync(500);
        }
        (await page.Locator(".search-hit").CountAsync()).ShouldBeGreaterThan(0, "results for " + path);
    }
}
