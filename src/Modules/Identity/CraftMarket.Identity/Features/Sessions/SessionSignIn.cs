using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>
/// Every sign-in to the cookie or the bearer scheme passes here, whichever page or endpoint made it
/// (password, SMS code, authenticator, refresh), so sign-in code needs no session calls of its own.
/// A sign-in opens a session and puts its id into the principal before the cookie or tokens are
/// written; a cookie sign-out ends the browser's session. Why not the cookie's ITicketStore: it
/// reuses the session key a browser already holds when someone signs in there, so a planted cookie
/// would come to point at the victim's session (fixation); here every new sign-in gets a new id.
/// </summary>
internal sealed class SessionSignIn(IAuthenticationSchemeProvider schemes, IAuthenticationHandlerProvider handlers,
    IClaimsTransformation transform, IOptions<AuthenticationOptions> options)
    : AuthenticationService(schemes, handlers, transform, options)
{
    public override async Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties)
    {
        if (KindOf(scheme) is { } kind)
        {
            // A refresh carries its token's session; a browser signed in again as the same account
            // (RefreshSignInAsync after the owner's own change) keeps its session.
            var carried = SessionClaims.IdOf(principal);
            var continuing = carried ?? (kind == SessionKind.Browser ? SameAccountsBrowserSession(context, principal) : null);
            var sessions = context.RequestServices.GetRequiredService<AccountSessions>();
            await sessions.OpenAsync(principal, kind, continuing, mustContinue: carried is not null, context, context.RequestAborted);
        }
        await base.SignInAsync(context, scheme, principal, properties);
    }

    public override async Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties)
    {
        // The request's user, not AuthenticateAsync: the stamp validator signs out from inside authentication.
        if (scheme == IdentityConstants.ApplicationScheme && context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme)
            await context.RequestServices.GetRequiredService<AccountSessions>().SignOutAsync(context.User, context.RequestAborted);
        await base.SignOutAsync(context, scheme, properties);
    }

    private static SessionKind? KindOf(string? scheme) =>
        scheme == IdentityConstants.ApplicationScheme ? SessionKind.Browser
        : scheme == IdentityConstants.BearerScheme ? SessionKind.App
        : null;

    private static Guid? SameAccountsBrowserSession(HttpContext context, ClaimsPrincipal principal)
    {
        var current = context.User;
        if (current.Identity?.AuthenticationType != IdentityConstants.ApplicationScheme) return null;
        var userIdClaim = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType;
        return string.Equals(current.FindFirstValue(userIdClaim), principal.FindFirstValue(userIdClaim), StringComparison.Ordinal)
            ? SessionClaims.IdOf(current)
            : null;
    }
}
