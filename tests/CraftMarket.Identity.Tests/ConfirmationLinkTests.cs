using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>Confirmation links name our own sites, whatever Host header the registration came with.</summary>
public sealed partial class ConfirmationLinkTests(ConfirmationLinkTests.App app) : IClassFixture<ConfirmationLinkTests.App>
{
    public sealed class App() : IdentityApp();

    [GeneratedRegex(@"\S+/account/confirm-email\?")]
    private static partial Regex ConfirmLink();

    private async Task<(HttpStatusCode Status, string? Link)> RegisterThrough(string origin)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(origin), AllowAutoRedirect = false });
        var email = Api.UniqueEmail("buyer");
        var response = await client.PostAsJsonAsync("api/auth/register", new
        {
            email, password = "long enough passphrase", displayName = "Jean Dupont", country = "FR", languages = new[] { "fr" },
        });
        if (response.StatusCode != HttpStatusCode.Accepted) return (response.StatusCode, null);
        var mail = await app.WaitForMessageAsync(m => m.Channel == "email" && m.To == email);
        return (response.StatusCode, ConfirmLink().Match(mail.Body).Value);
    }

    [Fact]
    public async Task A_forged_host_never_appears_in_the_link()
    {
        var (status, link) = await RegisterThrough("http://attacker.example:8443/");
        // Once tenant resolution refuses unknown hosts this is a 404; until then the link must point home.
        if (status == HttpStatusCode.Accepted) link.ShouldStartWith("http://localhost/account/confirm-email?");
        else status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_loopback_address_links_to_the_base_domain_without_its_port()
    {
        var (status, link) = await RegisterThrough("http://127.0.0.1:5000/");
        status.ShouldBe(HttpStatusCode.Accepted);
        link.ShouldStartWith("http://localhost/account/confirm-email?");
    }

    [Theory]
    [InlineData("http://bat-trang.localhost:5123/", "http://bat-trang.localhost:5123/account/confirm-email?")]
    [InlineData("http://localhost:5123/v/van-phuc/", "http://localhost:5123/v/van-phuc/account/confirm-email?")]
    [InlineData("http://battrang.craftmarket.vn:8080/", "http://battrang.craftmarket.vn/account/confirm-email?")]
    public async Task An_association_site_links_to_itself_keeping_the_port_only_on_the_base_domain(string origin, string expected)
    {
        var (status, link) = await RegisterThrough(origin);
        status.ShouldBe(HttpStatusCode.Accepted);
        link.ShouldStartWith(expected);
    }
}
