using CraftMarket.Inquiries.Contracts;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>
/// Links in the buyer's e-mails to their order's page on its village's site. Built from the tenant
/// directory and configuration, never from a request's Host header, so nothing a caller sends can turn
/// an e-mail into a link to someone else's site (the same rule as Inquiries' VillageSite).
/// </summary>
internal sealed class BuyerOrderLinks(TenantAddressing addressing)
{
    /// <summary>The village's custom domain, else {slug}.{base domain}; plain http on a developer's localhost.</summary>
    public string Site(ResolvedTenant village)
    {
        var baseDomain = addressing.BaseDomain.Trim().ToLowerInvariant();
        if (baseDomain == "localhost") return $"http://{village.Slug}.localhost";
        return village.HostNames.Count > 0 ? $"https://{village.HostNames[0]}" : $"https://{village.Slug}.{baseDomain}";
    }

    /// <summary>The buyer's page of the order, in <paramref name="language"/> when the village offers it (else its negotiated one).</summary>
    public string OrderPage(ResolvedTenant village, OrderId orderId, string language) =>
        $"{Site(village)}{(village.SupportedLanguages.Contains(language) ? "/" + language : "")}/account/orders/{orderId}";
}
