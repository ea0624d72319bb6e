using CraftMarket.Identity.Data;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// Bearer tokens are self-contained, so by themselves they keep a removed role until they expire.
/// Before the handler reads the token, this compares the security stamp inside it with the account's
/// and fails the request when it is outdated (member deactivated or moved to another phone, password
/// changed, 2FA switched on). Costs one lookup of the user by key per API request with a token.
/// </summary>
internal static class BearerTokenStamp
{
    public static async Task RejectOutdated(MessageReceivedContext context)
    {
        var token = context.Token ?? FromHeader(context.Request.Headers.Authorization.ToString());
        if (string.IsNullOrEmpty(token)) return;
        // An unreadable or expired token is the handler's to reject; only a readable one is checked here.
        if (context.Options.BearerTokenProtector.Unprotect(token) is not { } ticket) return;
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<CraftMarketUser>>();
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is null)
            context.Fail("The account changed since this token was issued. Sign in again.");
    }

    private static string? FromHeader(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
