using CraftMarket.Testing;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// The association dashboard in a real browser, as Bat Trang's admin opens it: the charts are SVG
/// drawn on the server (no chart script, nothing the CSP blocks), each with its table, accessible
/// (axe), and the page is photographed for the README (docs/images/insight-dashboard.png).
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class InsightDashboardTests(LiveSite site)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_admin_opens_the_dashboard_and_reads_charts_drawn_without_script()
    {
        var page = await site.NewPageAsync(1366, 900);
        var watch = await CspWatch.StartAsync(page);
        await site.SignInAsync(page, Village, Auth.AssociationAdmin(Village));

        var response = await page.GotoAsync(site.Url(Village, "/vi/admin/insight"));
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Bảng chỉ số của hội");
        var charts = await page.Locator("figure.insight-chart svg[role=img]").CountAsync();
        charts.ShouldBeGreaterThanOrEqualTo(10);
        (await page.Locator("figure.insight-chart table.insight-chart-table").CountAsync()).ShouldBe(charts);
        (await page.Locator("script[src*=chart]").CountAsync()).ShouldBe(0, "no chart script: the SVG is drawn on the server");
        (await watch.TakeAsync()).ShouldBeEmpty();
        await Axe.ShouldHaveNoViolationsAsync(page, "the association dashboard");

        var images = Path.Combine(LiveSite.RepositoryRoot, "docs", "images");
        Directory.CreateDirectory(images);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(images, "insight-dashboard.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = LiveSite.ScreenshotPath("insight-dashboard"), FullPage = true });
        await page.Context.CloseAsync();
    }
}
