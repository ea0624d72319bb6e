using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Caching;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>
/// A buyer's browser reading a storefront page (ADR 52). Such a visitor gets the page anonymous
/// visitors get (ADR 50): their name, counts and sign-out come from <c>/personal</c>, which passes
/// the full session check. Whether the session still stands therefore changes nothing in the
/// answer, and the per-request session query is skipped for these reads only, so a signed-in buyer
/// is served from the page cache as fast as an anonymous one. Staff, producers and platform admins
/// hold tenant or platform claims and are always checked; so is every other page, every POST and
/// every API call.
/// </summary>
internal static class KeptPageRead
{
    public static bool Is(HttpContext http, ClaimsPrincipal? principal) =>
        principal is not null
        && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && StorefrontPageAttribute.Of(http) is not null
        && principal.IsInRole(PlatformRoles.Buyer)
        && !principal.IsInRole(PlatformRoles.PlatformAdmin)
        && !principal.HasClaim(c => c.Type is CraftMarketClaims.TenantRole or CraftMarketClaims.Member);
}
