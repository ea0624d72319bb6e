using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>A session lives as long as what holds it: the cookie's lifetime, or the refresh token's.</summary>
internal sealed class SessionLifetimes(IOptionsMonitor<CookieAuthenticationOptions> cookies, IOptionsMonitor<BearerTokenOptions> tokens)
{
    public TimeSpan For(SessionKind kind) => kind == SessionKind.Browser
        ? cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan
        : tokens.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration;
}
