using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Testing;

/// <summary>
/// In-process test requests come from no address at all. A client marked <c>.From("203.0.113.7")</c>
/// arrives from that TCP peer instead, set before anything of the site runs, as a real socket would
/// over TLS (the site's own forwarded-headers handling then decides whether to believe X-Forwarded-For).
/// </summary>
public static class Peers
{
    public const string Header = "X-Test-Peer";

    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    /// <summary>The header a proxy (or a forger) adds: the client address it claims.</summary>
    public static HttpClient Forwarding(this HttpClient client, string claimedClient)
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", claimedClient);
        return client;
    }
}

internal sealed class PeerAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, then) =>
        {
            if (context.Request.Headers.TryGetValue(Peers.Header, out var peer))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                // The peer speaks TLS to the site, as a client reaching its HTTPS port would: outside
                // Development plain HTTP is only redirected (ADR 34), which is not what these tests are about.
                context.Request.Scheme = "https";
                context.Request.Headers.Remove(Peers.Header);
            }
            return then(context);
        });
        next(app);
    };
}
