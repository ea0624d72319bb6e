using System.Net;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

public sealed class HostTests : IClassFixture<HostTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: false);

    private readonly App app;
    public HostTests(App app) => this.app = app;

    [Fact]
    public async Task Ready_health_checks_the_migrated_database()
    {
        var response = await app.ClientFor(null).GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Services.GetRequiredService<PlatformSettings>().DataDirectory.Path.ShouldBe(app.DataDirectory);
        File.Exists(Path.Combine(app.DataDirectory, "craftmarket.db")).ShouldBeTrue("the SQLite file lives in the configured data directory");
    }

    [Fact]
    public async Task OpenApi_document_is_served()
    {
        var json = await app.ClientFor(null).GetStringAsync("/openapi/v1.json");
        json.ShouldContain("\"openapi\"");
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await app.ClientFor(null).GetAsync("/health/live");
        response.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }
}

public sealed class WorkerRoleTests
{
    [Fact]
    public async Task A_worker_answers_its_probes_and_serves_no_site()
    {
        using var app = new CraftMarketApp(seedDemo: true, extra: new Dictionary<string, string?> { ["CraftMarket:Role"] = "worker" });
        (await app.ClientFor(null).GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor(null).GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor("bat-trang").GetAsync("/api/public/members")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class ErrorPageTests(HostTests.App app) : IClassFixture<HostTests.App>
{
    [Fact]
    public async Task A_missing_page_is_a_404_page_in_the_site_layout_and_a_missing_api_is_problem_details()
    {
        var page = await app.ClientFor(null).GetAsync("/no-such-page");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<h1>Page not found</h1>");
        html.ShouldContain("class=\"site-header\"");

        var api = await app.ClientFor(null).GetAsync("/api/no-such-thing");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
