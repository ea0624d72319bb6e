using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Api;

public sealed class SmokeTests
{
    [Fact]
    public async Task Public_listing_answers_on_a_tenant_and_404_on_the_platform_host()
    {
        using var app = new CraftMarketApp();
        var response = await app.ClientFor("bat-trang").GetAsync("/api/catalogue/public/products");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await app.ClientFor(null).GetAsync("/api/catalogue/public/products")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
