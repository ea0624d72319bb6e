using CraftMarket.Identity.Features.Sessions;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// Bearer tokens are self-contained, so by themselves they keep a removed role until they expire.
/// Before the handler reads the token, the session gate checks that the token's session still exists
/// and that the security stamp inside it is the account's (member deactivated or moved to another
/// phone, password changed, 2FA switched on, session revoked by its owner), and fails the request
/// otherwise. Costs one query by key (session joined to its user) per API request with a token.
/// </summary>
internal static class BearerTokenStamp
{
    public static async Task RejectOutdated(MessageReceivedContext context)
    {
        var token = context.Token ?? FromHeader(context.Request.Headers.Authorization.ToString());
        if (string.IsNullOrEmpty(token)) return;
        // An unreadable or expired token is the handler's to reject; only a readable one is checked here.
        if (context.Options.BearerTokenProtector.Unprotect(token) is not { } ticket) return;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionGate>();
        if (!await sessions.IsCurrentAsync(ticket.Principal, context.HttpContext, context.HttpContext.RequestAborted))
            context.Fail("This token's session has ended or the account changed since it was issued. Sign in again.");
    }

    private static string? FromHeader(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
