using System.Text;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.TwoFactor;

/// <summary>
/// What the owner may see of their authenticator. The key and URI are there only while setting up:
/// once two-step sign-in is on they are null, because anyone holding the key can make codes.
/// </summary>
internal sealed record AuthenticatorSetup(bool Enabled, string? SharedKey, string? AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>
/// TOTP for association staff (their accounts sign contracts and revoke quality marks). The key
/// is shown as text and as an otpauth:// URI while setting up, never after; switching on requires
/// one valid code, so nobody locks themselves out with a mistyped key. Every change (on, off, new
/// recovery codes) needs the current password (ADR 0030) and writes a line in the security log.
/// </summary>
internal sealed class Authenticator(UserManager<CraftMarketUser> users, IUserStore<CraftMarketUser> store,
    PasswordConfirmation password, AuthenticatorUri uris, SecurityLog log)
{
    public const int RecoveryCodeCount = 10;

    public static readonly Error AlreadyOn = Error.Conflict("two_factor_already_on",
        "Two-step sign-in is already on. To use a new phone, turn it off and set it up again.");

    public static readonly Error NotOn = Error.Conflict("two_factor_off", "Two-step sign-in is off.");

    public async Task<AuthenticatorSetup> SetupAsync(CraftMarketUser user)
    {
        if (user.TwoFactorEnabled) return new AuthenticatorSetup(true, null, null, await users.CountRecoveryCodesAsync(user));
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
        return new AuthenticatorSetup(false, Group(key), uris.For(user.Email ?? user.PhoneNumber ?? user.UserName ?? "", key), 0);
    }

    /// <summary>Turns 2FA on and answers fresh recovery codes (shown once).</summary>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(CraftMarketUser user, string? code, string? currentPassword)
    {
        if (user.TwoFactorEnabled) return AlreadyOn;
        var confirmed = await password.CheckAsync(user, currentPassword);
        if (confirmed.IsFailure) return confirmed.Error!;
        code = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(code)
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return Error.Validation("code", "That code does not match. Check the time on your phone and try again.");
        await users.SetTwoFactorEnabledAsync(user, true);
        // The log line joins the save that stores the recovery codes.
        log.Add(user.Id, SecurityEventKind.TwoFactorEnabled);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return Result.Ok<IReadOnlyList<string>>([.. codes ?? []]);
    }

    /// <summary>
    /// Turns 2FA off, forgets the recovery codes and replaces the key, so the entry left in the
    /// authenticator app is worthless and a later setup starts from a new key.
    /// </summary>
    public async Task<Result> DisableAsync(CraftMarketUser user, string? currentPassword)
    {
        if (!user.TwoFactorEnabled) return NotOn;
        var confirmed = await password.CheckAsync(user, currentPassword);
        if (confirmed.IsFailure) return confirmed;
        await users.SetTwoFactorEnabledAsync(user, false);
        await ((IUserTwoFactorRecoveryCodeStore<CraftMarketUser>)store).ReplaceCodesAsync(user, [], CancellationToken.None);
        log.Add(user.Id, SecurityEventKind.TwoFactorDisabled);
        await users.ResetAuthenticatorKeyAsync(user);
        return Result.Ok();
    }

    /// <summary>New recovery codes; the old ones stop working in the same save.</summary>
    public async Task<Result<IReadOnlyList<string>>> RegenerateRecoveryCodesAsync(CraftMarketUser user, string? currentPassword)
    {
        if (!user.TwoFactorEnabled) return NotOn;
        var confirmed = await password.CheckAsync(user, currentPassword);
        if (confirmed.IsFailure) return confirmed.Error!;
        log.Add(user.Id, SecurityEventKind.RecoveryCodesRegenerated);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return Result.Ok<IReadOnlyList<string>>([.. codes ?? []]);
    }

    private static string Group(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
