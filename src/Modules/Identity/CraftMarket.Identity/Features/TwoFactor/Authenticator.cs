using System.Text;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.TwoFactor;

internal sealed record AuthenticatorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>
/// TOTP for association staff (their accounts sign contracts and revoke quality marks). The key
/// is shown as text and as an otpauth:// URI; switching on requires one valid code, so nobody
/// locks themselves out with a mistyped key.
/// </summary>
internal sealed class Authenticator(UserManager<CraftMarketUser> users, IUserStore<CraftMarketUser> store)
{
    public async Task<AuthenticatorSetup> SetupAsync(CraftMarketUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it renews the security stamp, which now refuses the very
            // bearer token asking for the key. A first key changes nothing about how the account signs in;
            // switching 2FA on (EnableAsync) does renew the stamp.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<CraftMarketUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }
        var label = Uri.EscapeDataString($"CraftMarket:{user.Email ?? user.PhoneNumber}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer=CraftMarket&digits=6";
        return new AuthenticatorSetup(user.TwoFactorEnabled, Group(key), uri, await users.CountRecoveryCodesAsync(user));
    }

    /// <summary>Turns 2FA on and answers fresh recovery codes (shown once).</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(CraftMarketUser user, string? code)
    {
        code = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(code)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return Error.Validation("code", "That code does not match. Check the time on your phone and try again.");
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        return Result.Ok<IReadOnlyList<string>>([.. codes ?? []]);
    }

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
