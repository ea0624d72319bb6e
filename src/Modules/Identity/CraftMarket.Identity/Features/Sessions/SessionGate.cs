using System.Security.Claims;
using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Features.Sessions;

/// <summary>
/// The check every signed-in request passes (cookie and bearer alike): its session row exists, has
/// not expired, and the account's security stamp is still the one the cookie or token carries. One
/// query by primary key (session joined to its user); no cache, so a revocation or a renewed stamp
/// (member deactivated, phone moved, password changed) refuses the very next request on every node.
/// One exception (<see cref="KeptPageRead"/>, ADR 52): a buyer reading a storefront page, which shows
/// exactly what an anonymous visitor sees, is not checked; everything personal is.
/// Last seen is written at most once a minute.
/// </summary>
internal sealed class SessionGate(IdentityDb db, TimeProvider clock, SessionLifetimes lifetimes, IOptions<IdentityOptions> options)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal? principal, HttpContext http, CancellationToken ct)
    {
        if (SessionClaims.Read(principal, options.Value) is not { } claims) return false;
        var row = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == claims.Session && s.UserId == claims.User)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.Kind, s.SecurityStamp, s.ExpiresAt, s.LastSeenAt, UserStamp = u.SecurityStamp })
            .SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        if (row is null || row.ExpiresAt <= now
            || !string.Equals(row.SecurityStamp, claims.SecurityStamp, StringComparison.Ordinal)
            || !string.Equals(row.UserStamp, claims.SecurityStamp, StringComparison.Ordinal))
            return false;

        if (now - row.LastSeenAt >= AccountSession.TouchEvery)
        {
            var expires = now + lifetimes.For(row.Kind);
            var address = SessionRequest.Address(http);
            await db.Sessions.Where(s => s.Id == claims.Session).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.LastSeenAt, now).SetProperty(s => s.ExpiresAt, expires).SetProperty(s => s.IpAddress, address), ct);
        }
        return true;
    }

    /// <summary>A cookie whose session ended makes the request anonymous and is deleted from the browser.</summary>
    public static async Task<bool> ForCookieAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        if (KeptPageRead.Is(http, context.Principal)) return true;
        if (await http.RequestServices.GetRequiredService<SessionGate>().IsCurrentAsync(context.Principal, http, http.RequestAborted)) return true;
        context.RejectPrincipal();
        context.ShouldRenew = false;
        context.Options.CookieManager.DeleteCookie(http, context.Options.Cookie.Name!, context.Options.Cookie.Build(http));
        return false;
    }
}

/// <summary>The address and device a session row records, read from the request.</summary>
internal static class SessionRequest
{
    public static string? Address(HttpContext http) =>
        http.Connection.RemoteIpAddress?.ToString() is { } ip && ip.Length <= AccountSession.AddressLength ? ip : null;

    public static string Device(HttpContext http) => BrowserDescription.Describe(http.Request.Headers.UserAgent.ToString());
}
