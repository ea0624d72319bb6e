using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Which peers may tell us the client's address (X-Forwarded-For) and scheme (X-Forwarded-Proto).
/// Only the configured proxies (<c>CraftMarket:TrustedProxies</c>: addresses or CIDR networks), or
/// loopback alone when none are configured; a header from any other peer is ignored, so a client
/// cannot pick the address the sign-in rate limits count it under (ADR 29).
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "CraftMarket:TrustedProxies";

    /// <summary>One proxy in front by default: only the address it appended is believed, never what the client sent before it.</summary>
    public const int DefaultForwardLimit = 1;

    public static void AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = (configuration.GetSection(Section).Get<string[]>() ?? []).Select(Parse).ToList();
        var limit = configuration.GetValue("CraftMarket:ForwardLimit", DefaultForwardLimit);
        if (limit < 1) throw new InvalidOperationException("CraftMarket:ForwardLimit must be 1 or more (the number of proxies in front of the site).");

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = limit;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            // Empty lists would mean "trust every peer": without configuration, a proxy on the same machine only.
            if (networks.Count == 0) networks = [new IPNetwork(IPAddress.Loopback, 8), new IPNetwork(IPAddress.IPv6Loopback, 128)];
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
    }

    /// <summary>"10.0.0.2" or "10.0.0.0/24" or "fd00::/64"; a typo fails the start rather than trusting nothing or everything.</summary>
    public static IPNetwork Parse(string entry)
    {
        var text = entry.Trim();
        if (IPAddress.TryParse(text, out var address))
            return new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        if (IPNetwork.TryParse(text, out var network))
        {
            if (network.PrefixLength == 0)
                throw new InvalidOperationException($"{Section} entry '{entry}' trusts every address: name the proxy's address or network instead.");
            return network;
        }
        throw new InvalidOperationException($"{Section} entry '{entry}' is neither an IP address nor a CIDR network (e.g. 10.0.0.2 or 172.30.0.0/24).");
    }
}
