using System.Net;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.Options;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>What the Host header and path say about the tenant, before any status check.</summary>
internal readonly record struct HostMatch(ResolvedTenant? Tenant, bool IsPlatformHost, string? UnknownSlug, int PathPrefixLength);

/// <summary>
/// Finbuckle-style strategies in a fixed order: exact custom host, subdomain of the base domain,
/// then the path form /v/{slug} on the platform host. Works on spans: no strings are allocated
/// for a request that hits a known tenant.
/// </summary>
internal sealed class TenantResolver(IOptions<TenancyOptions> options)
{
    private readonly string baseDomain = options.Value.BaseDomain.Trim().ToLowerInvariant();
    private readonly string pathPrefix = "/" + options.Value.PathPrefix.Trim('/') + "/";

    public HostMatch Resolve(TenantCache.Snapshot tenants, ReadOnlySpan<char> hostHeader, ReadOnlySpan<char> path)
    {
        var host = StripPort(hostHeader);

        if (tenants.HostLookup.TryGetValue(host, out var byHost)) return new(byHost, false, null, 0);

        if (host.Length > baseDomain.Length + 1 && host.EndsWith(baseDomain, StringComparison.OrdinalIgnoreCase)
            && host[^(baseDomain.Length + 1)] == '.')
        {
            var label = host[..^(baseDomain.Length + 1)];
            if (label.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) label = label[4..];
            return tenants.SlugLookup.TryGetValue(label, out var bySub)
                ? new(bySub, false, null, 0)
                : new(null, false, label.ToString(), 0);
        }

        if (IsPlatformHost(host) && path.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var rest = path[pathPrefix.Length..];
            var end = rest.IndexOf('/');
            var slug = end < 0 ? rest : rest[..end];
            if (slug.Length == 0) return new(null, true, null, 0);
            return tenants.SlugLookup.TryGetValue(slug, out var byPath)
                ? new(byPath, false, null, pathPrefix.Length + slug.Length)
                : new(null, false, slug.ToString(), 0);
        }

        // Anything else is nobody's: echoing an arbitrary Host back (in links, e-mails) is how
        // host-header attacks work, so only the base domain and loopback serve the platform.
        return IsPlatformHost(host) ? new(null, true, null, 0) : new(null, false, host.ToString(), 0);
    }

    /// <summary>The base domain, or a loopback address (probes and local tools on this machine).</summary>
    private bool IsPlatformHost(ReadOnlySpan<char> host) =>
        host.Equals(baseDomain, StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[').Trim(']'), out var ip) && IPAddress.IsLoopback(ip));

    private static ReadOnlySpan<char> StripPort(ReadOnlySpan<char> host)
    {
        if (host.StartsWith("[")) // IPv6 literal: [::1]:5000
        {
            var close = host.IndexOf(']');
            return close < 0 ? host : host[..(close + 1)];
        }
        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
