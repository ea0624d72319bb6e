using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Who shares kept storefront pages. A signed-in browser (cookie) never does. An Authorization
/// header only counts when it really authenticates: otherwise anyone could send
/// <c>Authorization: x</c> to get every page rendered afresh, past the cache, at will.
/// </summary>
internal static class StorefrontVisitor
{
    public static async ValueTask<bool> IsAnonymousAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true) return false;
        if (http.Request.Headers.Authorization.Count == 0) return true;
        // Without authentication services (a bare test host) nothing can authenticate either.
        if (http.RequestServices.GetService<IAuthenticationSchemeProvider>() is not { } schemes
            || await schemes.GetSchemeAsync(IdentityConstants.BearerScheme) is null) return true;
        return !(await http.AuthenticateAsync(IdentityConstants.BearerScheme)).Succeeded;
    }
}
