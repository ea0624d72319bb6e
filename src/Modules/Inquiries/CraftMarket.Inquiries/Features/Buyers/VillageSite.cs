using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// Where a village's pages are, for links to a buyer's inquiry: an inquiry lives on its village's
/// site (its thread, quotes and acceptance need that association), so the platform host's list and
/// the e-mails point there. The host comes from the directory and configuration, never from a Host
/// header alone, so a forged header cannot turn an e-mail into a link to someone else's site.
/// </summary>
internal sealed class VillageSite(TenantAddressing addressing)
{
    /// <summary>
    /// Seen from a request: a relative link on the village's own site; its subdomain when the request
    /// came on the base domain (keeping a developer's port); its first custom host; else the path form.
    /// </summary>
    public string Of(ResolvedTenant village, HttpContext http, bool isRequestVillage)
    {
        var request = http.Request;
        if (isRequestVillage) return RequestLanguage.Of(http).SiteBase.Value ?? "";
        var host = request.Host.Host;
        var baseDomain = addressing.BaseDomain;
        if (host.Equals(baseDomain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase))
            return $"{request.Scheme}://{village.Slug}.{baseDomain}{(request.Host.Port is { } port ? $":{port}" : "")}";
        if (village.HostNames.Count > 0) return $"https://{village.HostNames[0]}";
        return $"{request.Scheme}://{request.Host}/{addressing.PathPrefix.Trim('/')}/{village.Slug}";
    }

    /// <summary>
    /// For an e-mail (no request at hand): the village's custom domain, else {slug}.{base domain};
    /// plain http on a developer's localhost (custom domains do not resolve on a laptop).
    /// </summary>
    public string Of(ResolvedTenant village)
    {
        var baseDomain = addressing.BaseDomain.Trim().ToLowerInvariant();
        if (baseDomain == "localhost") return $"http://{village.Slug}.localhost";
        return village.HostNames.Count > 0 ? $"https://{village.HostNames[0]}" : $"https://{village.Slug}.{baseDomain}";
    }

    /// <summary>The buyer's page of one inquiry in <paramref name="language"/> when the village offers it (else its negotiated one).</summary>
    public string InquiryPage(ResolvedTenant village, Guid inquiryId, string language) =>
        $"{Of(village)}{(village.SupportedLanguages.Contains(language) ? "/" + language : "")}/account/inquiries/{inquiryId}";
}
