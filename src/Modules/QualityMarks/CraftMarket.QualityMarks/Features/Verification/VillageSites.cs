using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>
/// The address of a village's own site, seen from the current request: the request's own site when
/// it is that village's; its subdomain when the request came on the platform's base domain or one of
/// its subdomains; its first custom host name; else the path form on this host. Links, photos and the
/// mark image of another village's item point there (ADR 0042). Never from a Host header alone on
/// an unknown host: the base domain is configuration.
/// </summary>
internal sealed class VillageSites(TenantAddressing addressing)
{
    public string Of(ResolvedTenant village, HttpContext http, bool isRequestVillage)
    {
        var request = http.Request;
        var origin = $"{request.Scheme}://{request.Host}";
        if (isRequestVillage) return origin + RequestLanguage.Of(http).SiteBase;
        var host = request.Host.Host;
        var baseDomain = addressing.BaseDomain;
        if (host.Equals(baseDomain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase))
            return $"{request.Scheme}://{village.Slug}.{baseDomain}{(request.Host.Port is { } port ? $":{port}" : "")}";
        if (village.HostNames.Count > 0) return $"https://{village.HostNames[0]}";
        return $"{origin}/{addressing.PathPrefix.Trim('/')}/{village.Slug}";
    }
}
