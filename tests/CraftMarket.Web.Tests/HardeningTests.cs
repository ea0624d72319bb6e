using System.Net;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace CraftMarket.Web.Tests;

/// <summary>ADR 34: outside Development the site speaks HTTPS only and publishes no API map.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task Api_docs_are_not_served_outside_Development_unless_turned_on()
    {
        using var app = new CraftMarketApp(seedDemo: false, extra: new Dictionary<string, string?> { ["CraftMarket:PublishApiDocs"] = null });
        var client = app.ClientFor(null);
        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/scalar")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var opted = new CraftMarketApp(seedDemo: false, extra: new Dictionary<string, string?> { ["CraftMarket:PublishApiDocs"] = "true" });
        (await opted.ClientFor(null).GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Hsts_covers_every_association_subdomain_for_a_year()
    {
        using var app = new CraftMarketApp(seedDemo: true);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bat-trang.localhost/"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/en/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        hsts.ShouldContain("includeSubDomains");
        hsts.ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task Every_cookie_is_Secure_outside_Development_even_over_plain_http()
    {
        using var app = new CraftMarketApp(seedDemo: true);
        var client = app.ClientFor("bat-trang");
        var cookies = new List<string>();
        // The language cookie, the antiforgery cookie, then the session cookie of a page sign-in.
        var language = await client.GetAsync("/en/");
        cookies.AddRange(language.Headers.TryGetValues("Set-Cookie", out var a) ? a : []);
        var login = await client.GetAsync("/account/login");
        cookies.AddRange(login.Headers.TryGetValues("Set-Cookie", out var b) ? b : []);
        var token = Forms.Antiforgery(await login.Content.ReadAsStringAsync());
        var signIn = await client.PostFormAsync("/account/login",
            new Dictionary<string, string> { ["Login"] = Auth.AssociationAdmin("bat-trang"), ["Password"] = Auth.DemoPassword }, token);
        cookies.AddRange(signIn.Headers.TryGetValues("Set-Cookie", out var c) ? c : []);

        cookies.ShouldContain(h => h.StartsWith(".CraftMarket.Session", StringComparison.Ordinal), "the sign-in must have set the session cookie");
        cookies.ShouldContain(h => h.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        cookies.ShouldContain(h => h.Contains("lang", StringComparison.OrdinalIgnoreCase));
        cookies.ShouldAllBe(h => h.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_but_a_trusted_proxy_saying_https_is_not_and_probes_are_answered()
    {
        using var app = new CraftMarketApp(seedDemo: true, extra: new Dictionary<string, string?> { ["CraftMarket:BehindProxy"] = "true" });
        var redirected = await app.ClientFor("bat-trang").GetAsync("/en/about?x=1");
        ((int)redirected.StatusCode).ShouldBe(308);
        redirected.Headers.Location.ShouldBe(new Uri("https://bat-trang.localhost/en/about?x=1"));

        // The reverse proxy (on loopback, as in compose) terminated TLS and says so: served, not redirected again (no loop).
        var proxied = await app.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("bat-trang.localhost");
            c.Request.Path = "/en/about";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            c.Connection.RemoteIpAddress = IPAddress.Loopback;
        });
        proxied.Response.StatusCode.ShouldBe(200);
        proxied.Response.Headers.StrictTransportSecurity.ToString().ShouldContain("includeSubDomains");

        (await app.ClientFor(null).GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK, "the orchestrator probes over plain http");
    }
}
