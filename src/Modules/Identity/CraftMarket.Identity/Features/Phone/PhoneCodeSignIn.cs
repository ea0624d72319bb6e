using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.SignIn;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Phone;

/// <summary>
/// Producers' way in: a six-digit code by SMS instead of a password they would forget. Codes come
/// from Identity's phone token provider (time-based, tied to the security stamp and the number);
/// a used code is remembered so it cannot be replayed. Wrong codes make the number wait (AccountThrottle),
/// on their own count: a throttled password never stops a producer's code, and nothing locks the account.
/// </summary>
internal sealed class PhoneCodeSignIn(UserManager<CraftMarketUser> users, AccountLookup accounts, ISmsSender sms, TimeProvider clock,
    ModuleText<IdentityText> t, AccountThrottle throttle, SecurityLog log)
{
    private const string Purpose = "phone-sign-in";
    private const string Provider = "CraftMarket.Phone";

    /// <summary>Texts to one number are spaced out; the hourly per-number budget (AccountThrottle) caps them too.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(30);

    /// <summary>Succeeds for any valid number, so the answer never tells who has an account.</summary>
    public async Task<Result> SendCodeAsync(string? phone, CancellationToken ct)
    {
        var e164 = VietnamesePhone.Normalize(phone);
        if (e164.IsFailure) return e164.Error!;
        // Counted per number typed, known or not, so a 429 tells nothing about who has an account.
        if (throttle.Admit(AccountAttempt.PhoneCodeSend, AccountKeys.Phone(e164.Value!)) is { } wait) return SignInThrottled.For(wait);
        if (await accounts.FindByPhoneAsync(e164.Value!, ct) is not { } user) return Result.Ok();
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

        var account = AccountKeys.Phone(e164.Value!);
        var user = await accounts.FindByPhoneAsync(e164.Value!, ct);
        if (throttle.Admit(AccountAttempt.PhoneCode, account, user?.SecurityStamp) is { } wait) return SignInThrottled.For(wait);
        if (user is null) return SignInFailures.InvalidCredentials;

        var valid = await users.VerifyUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, Purpose, code)
            && await users.GetAuthenticationTokenAsync(user, Provider, "last-code") != code;
        if (!valid)
        {
            await log.RecordFailureAsync(user.Id, "sms code", throttle.Waiting(AccountAttempt.PhoneCode, account), ct);
            return SignInFailures.InvalidCredentials;
        }
        throttle.Succeeded(AccountAttempt.PhoneCode, account);
        // Staff who turned on an authenticator must use it; an SMS code alone would bypass it. Said only
        // to whoever holds the right code, so it does not tell strangers which numbers have an authenticator.
        if (user.TwoFactorEnabled) return SignInFailures.TwoFactorRequired;

        await users.SetAuthenticationTokenAsync(user, Provider, "last-code", code);
        if (!user.PhoneNumberConfirmed)
        {
            user.PhoneNumberConfirmed = true;
            await users.UpdateAsync(user);
        }
        await log.RecordAsync(user.Id, SecurityEventKind.SignedIn, "sms code", ct);
        return user;
    }
}
