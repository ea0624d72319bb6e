using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Messaging;

/// <summary>
/// Where the links in our e-mails and texts point. The host comes from the resolved association or
/// the configured base domain, never from the Host header, so a forged header cannot turn a
/// confirmation e-mail into a link to someone else's site. The request's port is kept only on the
/// base domain and its subdomains (a developer's localhost:5000); custom domains are served on the default port.
/// </summary>
internal sealed class AccountLinks(IConfiguration config)
{
    private string BaseDomain => (config["CraftMarket:Tenancy:BaseDomain"] ?? "localhost").Trim().ToLowerInvariant();

    /// <summary>The site the request is for: its association's host (custom or subdomain), or the platform.</summary>
    public string SiteOf(HttpContext http)
    {
        var request = http.Request;
        var requestHost = request.Host.Host;
        var tenant = http.RequestServices.GetRequiredService<ITenantDirectory>().SettingsOf(http.RequestServices.GetRequiredService<ITenantContext>());
        var onBaseDomain = requestHost.Equals(BaseDomain, StringComparison.OrdinalIgnoreCase)
            || requestHost.EndsWith("." + BaseDomain, StringComparison.OrdinalIgnoreCase);

        // The path form (/v/{slug}) arrives on the base domain with the slug in PathBase; keep both.
        var host = tenant is null || requestHost.Equals(BaseDomain, StringComparison.OrdinalIgnoreCase)
            ? BaseDomain
            : tenant.HostNames.FirstOrDefault(h => h.Equals(requestHost, StringComparison.OrdinalIgnoreCase))
                ?? $"{tenant.Slug}.{BaseDomain}";
        var port = onBaseDomain && request.Host.Port is { } p ? $":{p}" : "";
        return $"{request.Scheme}://{host}{port}{request.PathBase}";
    }

    /// <summary>
    /// For messages sent with no request at hand (an outbox consumer): the association's own site, its
    /// custom domain in production, the {slug}.{base domain} form in development (custom domains do not resolve on a laptop).
    /// </summary>
    public string SiteOf(ResolvedTenant? tenant)
    {
        var baseDomain = BaseDomain;
        if (baseDomain == "localhost") return tenant is null ? "http://localhost" : $"http://{tenant.Slug}.localhost";
        var host = tenant switch
        {
            null => baseDomain,
            { HostNames.Count: > 0 } => tenant.HostNames[0],
            _ => $"{tenant.Slug}.{baseDomain}",
        };
        return $"https://{host}";
    }
}
