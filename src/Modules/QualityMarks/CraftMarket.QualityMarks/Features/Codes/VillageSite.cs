using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>
/// The address printed in a village's codes and published in its keys document: the village's own
/// host (a custom domain the request came in on, else {slug}.{base domain}), never the raw Host
/// header, so a forged header cannot put someone else's site into 100,000 printed QR codes. The
/// request's scheme is kept, and its port only on the base domain (a developer's localhost:5000).
/// </summary>
internal sealed class VillageSite(IConfiguration config)
{
    private string BaseDomain => (config["CraftMarket:Tenancy:BaseDomain"] ?? "localhost").Trim().ToLowerInvariant();

    public string Of(HttpRequest request, ResolvedTenant village)
    {
        var requestHost = request.Host.Host;
        var host = village.HostNames.FirstOrDefault(h => h.Equals(requestHost, StringComparison.OrdinalIgnoreCase)) ?? $"{village.Slug}.{BaseDomain}";
        return $"{request.Scheme}://{host}{Port(request)}";
    }

    /// <summary>The platform host itself, for the cross-village documents.</summary>
    public string Platform(HttpRequest request) => $"{request.Scheme}://{BaseDomain}{Port(request)}";

    private string Port(HttpRequest request)
    {
        var requestHost = request.Host.Host;
        var onBaseDomain = requestHost.Equals(BaseDomain, StringComparison.OrdinalIgnoreCase)
            || requestHost.EndsWith("." + BaseDomain, StringComparison.OrdinalIgnoreCase);
        return onBaseDomain && request.Host.Port is { } p ? $":{p}" : "";
    }
}
