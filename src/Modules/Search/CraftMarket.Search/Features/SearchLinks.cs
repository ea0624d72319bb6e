using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CraftMarket.Search.Features;

/// <summary>
/// Where a hit links to. On a village's own site, the product path under its base path; across
/// villages, the product on its village's site: the subdomain when we are on the platform's base
/// domain, else the path form (/v/{slug}/...), as the host's own village links do.
/// </summary>
internal sealed class SearchLinks(IHttpContextAccessor accessor, IConfiguration config)
{
    public string For(string tenantSlug, string productPath, bool crossVillage)
    {
        var request = accessor.HttpContext!.Request;
        if (!crossVillage) return $"{request.PathBase}{productPath}";
        var baseDomain = config["CraftMarket:Tenancy:BaseDomain"] ?? "localhost";
        var prefix = config["CraftMarket:Tenancy:PathPrefix"] ?? "v";
        return string.Equals(request.Host.Host, baseDomain, StringComparison.OrdinalIgnoreCase)
            ? $"{request.Scheme}://{tenantSlug}.{request.Host}{productPath}"
            : $"{request.PathBase}/{prefix}/{tenantSlug}{productPath}";
    }
}
