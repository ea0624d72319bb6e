using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.SignIn;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Phone;

/// <summary>
/// Producers' way in: a six-digit code by SMS instead of a password they would forget. Codes come
/// from Identity's phone token provider (time-based, tied to the security stamp and the number);
/// a used code is remembered so it cannot be replayed, and wrong codes count towards lockout.
/// </summary>
internal sealed class PhoneCodeSignIn(UserManager<CraftMarketUser> users, AccountLookup accounts, ISmsSender sms, TimeProvider clock,
    ModuleText<IdentityText> t)
{
    private const string Purpose = "phone-sign-in";
    private const string Provider = "CraftMarket.Phone";

    /// <summary>The per-IP rate limit does not stop many IPs texting one number; this does (and saves SMS credit).</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(30);

    /// <summary>Succeeds for any valid number, so the answer never tells who has an account.</summary>
    public async Task<Result> SendCodeAsync(string? phone, CancellationToken ct)
    {
        var e164 = VietnamesePhone.Normalize(phone);
        if (e164.IsFailure) return e164.Error!;
        if (await accounts.FindByPhoneAsync(e164.Value!, ct) is not { } user || await users.IsLockedOutAsync(user))
            return Result.Ok();
        var now = clock.GetUtcNow();
        if (await users.GetAuthenticationTokenAsync(user, Provider, "last-sent") is { } last
            && long.TryParse(last, CultureInfo.InvariantCulture, out var ticks) && now.UtcTicks - ticks < ResendAfter.Ticks)
            return Result.Ok();

        await users.SetAuthenticationTokenAsync(user, Provider, "last-sent", now.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, Purpose);
        await sms.SendAsync(e164.Value!, Texts.SignInCode(t, user.PreferredLanguage, code), ct);
        return Result.Ok();
    }

    /// <summary>The account the code opens, ready for the caller to sign in with its own scheme.</summary>
    public async Task<Result<CraftMarketUser>> VerifyAsync(string? phone, string? code, CancellationToken ct)
    {
        var e164 = VietnamesePhone.Normalize(phone);
        if (e164.IsFailure) return e164.Error!;
        if (string.IsNullOrWhiteSpace(code)) return Error.Validation("code", "Enter the code from the text message.");
        code = code.Trim();

        if (await accounts.FindByPhoneAsync(e164.Value!, ct) is not { } user) return SignInFailures.InvalidCredentials;
        if (await users.IsLockedOutAsync(user)) return SignInFailures.LockedOut;
        // Staff who turned on an authenticator must use it; an SMS code alone would bypass it.
        if (user.TwoFactorEnabled) return SignInFailures.TwoFactorRequired;

        var valid = await users.VerifyUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, Purpose, code)
            && await users.GetAuthenticationTokenAsync(user, Provider, "last-code") != code;
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user) ? SignInFailures.LockedOut : SignInFailures.InvalidCredentials;
        }

        await users.SetAuthenticationTokenAsync(user, Provider, "last-code", code);
        await users.ResetAccessFailedCountAsync(user);
        if (!user.PhoneNumberConfirmed)
        {
            user.PhoneNumberConfirmed = true;
            await users.UpdateAsync(user);
        }
        return user;
    }
}
