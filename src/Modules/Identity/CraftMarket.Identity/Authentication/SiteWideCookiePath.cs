using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// Without a path a cookie takes the request's PathBase, and the language prefix (/en/...) and the
/// tenant path form (/v/bat-trang/...) live in PathBase: a sign-in, or a renewed sign-in after a
/// password or profile change, on an /en/ page wrote a second session cookie valid under /en only,
/// next to the one for "/". The account is one across the site, so its cookies are for "/".
/// </summary>
internal static class SiteWideCookiePath
{
    public static IServiceCollection AddSiteWideCookiePath(this IServiceCollection services)
    {
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme,
                     IdentityConstants.TwoFactorRememberMeScheme })
            services.PostConfigure<CookieAuthenticationOptions>(scheme, o => o.Cookie.Path ??= "/");
        return services;
    }
}
