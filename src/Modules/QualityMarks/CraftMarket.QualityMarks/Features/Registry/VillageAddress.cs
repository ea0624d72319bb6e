using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>
/// Absolute addresses printed in documents (QR codes, certificate links): they outlive the page, so
/// they carry no language prefix. The request's host is safe to echo: tenant resolution answers only
/// known village hosts, the base domain and loopback.
/// </summary>
internal static class VillageAddress
{
    /// <summary>The site the request reached, e.g. "https://bat-trang.craftmarket.vn" or "https://craftmarket.vn/v/bat-trang".</summary>
    public static string Of(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{SiteBase(request)}";

    /// <summary>A village's site seen from the platform host: its subdomain on the base domain, else the path form.</summary>
    public static string Home(HttpRequest request, TenantAddressing addressing, string slug) =>
        string.Equals(request.Host.Host, addressing.BaseDomain, StringComparison.OrdinalIgnoreCase)
            ? $"{request.Scheme}://{slug}.{request.Host}"
            : $"{request.Scheme}://{request.Host}{SiteBase(request)}/{addressing.PathPrefix.Trim('/')}/{slug}";

    private static PathString SiteBase(HttpRequest request) =>
        request.HttpContext.Features.Get<RequestLanguage>()?.SiteBase ?? request.PathBase;
}
