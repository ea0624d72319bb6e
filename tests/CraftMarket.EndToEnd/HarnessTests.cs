namespace CraftMarket.EndToEnd;

/// <summary>The browser, the real port and subdomain resolution work, whatever the pages look like.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class HarnessTests(LiveSite site)
{
    [Theory]
    [InlineData(null)]
    [InlineData("bat-trang")]
    public async Task Chromium_reaches_the_live_site_over_a_real_port(string? tenant)
    {
        var page = await site.NewPageAsync(1280, 800);
        var response = await page.GotoAsync(site.Url(tenant, "/health/live"));

        response.ShouldNotBeNull();
        response.Status.ShouldBe(200);
        (await page.InnerTextAsync("body")).ShouldContain("Healthy");
        await page.Context.CloseAsync();
    }
}
