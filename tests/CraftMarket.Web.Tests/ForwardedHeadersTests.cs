using System.Net;
using System.Net.Http.Json;
using CraftMarket.Testing;
using CraftMarket.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Web.Tests;

/// <summary>
/// Behind a proxy, X-Forwarded-For is believed only from the configured proxy (10.0.0.2): a client
/// talking to the site directly cannot choose the address the sign-in rate limit counts it under.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.App app) : IClassFixture<ForwardedHeadersTests.App>
{
    public sealed class App() : CraftMarketApp(seedDemo: false, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:BehindProxy"] = "true",
        ["CraftMarket:TrustedProxies:0"] = "10.0.0.2",
        ["CraftMarket:Identity:SignInPerMinute"] = "3",
    });

    private static Task<HttpResponseMessage> GuessAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = "wrong-password" });

    [Fact]
    public async Task An_untrusted_peer_forging_X_Forwarded_For_is_counted_under_its_real_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++) statuses.Add((await GuessAsync(app.ClientFor(null).From("203.0.113.9").Forwarding($"198.51.100.{i}"))).StatusCode);
        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);
    }

    [Fact]
    public async Task The_trusted_proxys_header_is_honoured_each_real_client_with_its_own_budget()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await GuessAsync(app.ClientFor(null).From("10.0.0.2").Forwarding("192.0.2.10"))).StatusCode);
        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests]);

        // Another client behind the same proxy is not held back by the first one's budget.
        (await GuessAsync(app.ClientFor(null).From("10.0.0.2").Forwarding("192.0.2.11"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // The proxy (or Kestrel on a dual-stack socket) may show up as an IPv4-mapped IPv6 address: still the proxy.
        (await GuessAsync(app.ClientFor(null).From("::ffff:10.0.0.2").Forwarding("192.0.2.12"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_the_address_the_proxy_appended_counts_not_what_the_client_sent_before_it()
    {
        // The proxy appends the real client (192.0.2.20) after whatever the client claimed.
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
            statuses.Add((await GuessAsync(app.ClientFor(null).From("10.0.0.2").Forwarding($"198.51.100.{i}, 192.0.2.20"))).StatusCode);
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
    }
}

/// <summary>Reading the setting: loopback alone when nothing is configured, never "everyone", and a typo stops the start.</summary>
public sealed class TrustedProxiesSettingTests
{
    private static ForwardedHeadersOptions OptionsFor(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection();
        services.AddTrustedProxies(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }

    [Fact]
    public void Without_configured_proxies_only_loopback_is_trusted()
    {
        var options = OptionsFor();
        options.KnownIPNetworks.Select(n => n.ToString()).ShouldBe(["127.0.0.0/8", "::1/128"]);
        options.KnownProxies.ShouldBeEmpty();
        options.ForwardLimit.ShouldBe(1);
    }

    [Fact]
    public void Configured_addresses_and_networks_replace_loopback()
    {
        var options = OptionsFor(("CraftMarket:TrustedProxies:0", "172.30.0.2"), ("CraftMarket:TrustedProxies:1", "fd00:1::/64"), ("CraftMarket:ForwardLimit", "2"));
        options.KnownIPNetworks.Select(n => n.ToString()).ShouldBe(["172.30.0.2/32", "fd00:1::/64"]);
        options.ForwardLimit.ShouldBe(2);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("proxy.internal")]
    public void A_setting_that_trusts_everyone_or_is_not_an_address_stops_the_start(string entry) =>
        Should.Throw<InvalidOperationException>(() => OptionsFor(("CraftMarket:TrustedProxies:0", entry)));
}
