using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// Where a village's own pages are, seen from this request: this site when the request is that
/// village's; its subdomain on the platform's base domain; its first own host name; else the path
/// form on this host. The base domain comes from configuration, never from the Host header alone.
/// </summary>
internal sealed class VillageLinks(TenantAddressing addressing, ITenantContext current)
{
    public string SiteOf(ResolvedTenant village, HttpContext http)
    {
        var request = http.Request;
        if (current.TenantId == village.Id) return request.PathBase.Value ?? "";
        var host = request.Host.Host;
        var baseDomain = addressing.BaseDomain;
        if (host.Equals(baseDomain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase))
            return $"{request.Scheme}://{village.Slug}.{baseDomain}{(request.Host.Port is { } port ? $":{port}" : "")}";
        if (village.HostNames.Count > 0) return $"https://{village.HostNames[0]}";
        return $"/{addressing.PathPrefix.Trim('/')}/{village.Slug}";
    }
}
