using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>What a cookie or token says about its session: the session id, the account and its stamp.</summary>
internal readonly record struct SessionClaims(Guid Session, Guid User, string SecurityStamp)
{
    /// <summary>Carried by the cookie and by both bearer and refresh tokens.</summary>
    public const string ClaimType = "cm:sid";

    public static SessionClaims? Read(ClaimsPrincipal? principal, IdentityOptions options)
    {
        if (principal is null) return null;
        return Guid.TryParse(principal.FindFirstValue(ClaimType), out var session)
            && Guid.TryParse(principal.FindFirstValue(options.ClaimsIdentity.UserIdClaimType), out var user)
            && principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) is { Length: > 0 } stamp
                ? new SessionClaims(session, user, stamp)
                : null;
    }

    public static Guid? IdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimType), out var id) ? id : null;

    /// <summary>Puts the session id on the principal's first identity, replacing any earlier one.</summary>
    public static void Put(ClaimsPrincipal principal, Guid sessionId)
    {
        var identity = principal.Identities.First();
        foreach (var old in identity.FindAll(ClaimType).ToList()) identity.RemoveClaim(old);
        identity.AddClaim(new Claim(ClaimType, sessionId.ToString()));
    }
}
