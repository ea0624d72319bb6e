using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Tenancy.Tests;

/// <summary>Resolution through the real pipeline: subdomain, path form, custom host, unknown, platform host.</summary>
public sealed class TenantResolutionTests(TenantResolutionTests.App app) : IClassFixture<TenantResolutionTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: true);

    [Theory]
    [InlineData("bat-trang.localhost", "/", "Gốm Bát Tràng", "#1f4e79")]
    [InlineData("van-phuc.localhost", "/", "Lụa Vạn Phúc", "#8b1e3f")]
    [InlineData("localhost", "/v/dong-ky/", "Đồ gỗ Đồng Kỵ", "#6b4423")]
    [InlineData("battrang.craftmarket.vn", "/", "Gốm Bát Tràng", "#1f4e79")]
    public async Task Each_form_of_address_serves_that_association_under_its_own_brand(string host, string path, string brand, string colour)
    {
        var html = await Get(host, path);
        html.ShouldContain($"<span class=\"brand-name\" lang=\"vi\">{brand}</span>");
        html.ShouldContain($"--brand-primary:{colour}");
    }

    [Fact]
    public async Task Path_form_links_stay_inside_the_tenant()
    {
        var html = await Get("localhost", "/v/van-phuc/");
        html.ShouldContain("data-tenant=\"van-phuc\"");
        html.ShouldContain("href=\"/v/van-phuc/members\"");
    }

    [Fact]
    public async Task Platform_host_lists_the_villages_and_belongs_to_no_tenant()
    {
        var html = await Get("localhost", "/");
        html.ShouldNotContain("data-tenant=\"");
        html.ShouldContain("http://bat-trang.localhost/");
        html.ShouldContain("Van Phuc Silk Association");
        html.ShouldContain("Dong Ky Fine Woodcraft Association");
    }

    [Fact]
    public async Task Unknown_association_gets_a_404_page_and_api_problem()
    {
        var client = Client("nowhere.localhost");
        var page = await client.GetAsync("/");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldContain("No association here");

        var api = await client.GetAsync("/api/members");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        (await Client("localhost").GetAsync("/v/nowhere/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private HttpClient Client(string host)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = host;
        return client;
    }

    private async Task<string> Get(string host, string path)
    {
        var response = await Client(host).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class HostHeaderTests(TenantResolutionTests.App app) : IClassFixture<TenantResolutionTests.App>
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("10.1.2.3")]
    public async Task A_host_that_is_nobodys_gets_404_not_the_platform(string host)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Host = host;
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/account/register")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
