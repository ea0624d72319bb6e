using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Who shares kept storefront pages (ADR 17, ADR 0050): anonymous visitors and browsers signed in by
/// cookie as nothing but a buyer here. Staff, producers and platform admins of the village always get
/// a fresh page, so what they just changed is what they see. An Authorization header only counts when
/// it really authenticates: otherwise anyone could send <c>Authorization: x</c> to get every page
/// rendered afresh, past the cache, at will; a real bearer token (an API client) gets fresh pages.
/// </summary>
internal static class StorefrontVisitor
{
    public static async ValueTask<bool> SharesKeptPagesAsync(HttpContext http, TenantId? tenant) =>
        IsBuyerOnly(http, tenant) || await IsAnonymousAsync(http);

    public static async ValueTask<bool> IsAnonymousAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true) return false;
        if (http.Request.Headers.Authorization.Count == 0) return true;
        // Without authentication services (a bare test host) nothing can authenticate either.
        if (http.RequestServices.GetService<IAuthenticationSchemeProvider>() is not { } schemes
            || await schemes.GetSchemeAsync(IdentityConstants.BearerScheme) is null) return true;
        return !(await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded;
    }

    /// <summary>
    /// A browser signed in by cookie (no Authorization header) as a buyer who holds no role in this
    /// village (no staff, no producer) and is not a platform admin: the page they read is the one
    /// anonymous visitors read; their name and counts come separately (<c>/personal</c>).
    /// </summary>
    public static bool IsBuyerOnly(HttpContext http, TenantId? tenant)
    {
        if (http.User.Identity?.IsAuthenticated != true || http.Request.Headers.Authorization.Count != 0) return false;
        var actor = CurrentActor.From(http.User, tenant);
        return actor is { IsSignedIn: true, IsBuyer: true, IsPlatformAdmin: false, IsProducer: false }
            && actor.TenantRoles.Count == 0;
    }
}
