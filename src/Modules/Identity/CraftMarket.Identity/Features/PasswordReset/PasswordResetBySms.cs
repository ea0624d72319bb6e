using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.SignIn;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.PasswordReset;

/// <summary>
/// Producers reset their password with a six-digit code texted to their phone: it expires after
/// <see cref="Lifetime"/>, allows <see cref="MaxTries"/> wrong guesses, and a new one is texted at
/// most every <see cref="ResendAfter"/> (SMS credit). Only a hash of the code is kept, with its
/// expiry and tries, in the account's token row. The request answers the same for an unknown number.
/// </summary>
internal sealed class PasswordResetBySms(UserManager<CraftMarketUser> users, AccountLookup accounts, ISmsSender sms, SecurityLog log,
    TimeProvider clock, ModuleText<IdentityText> t)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);
    public const int MaxTries = 5;
    public static readonly Error InvalidCode = Error.Validation("code", "This code is not valid or has expired. Ask for a new one.");

    private const string Provider = "CraftMarket.PasswordReset";
    private const string Name = "sms-code";

    public async Task<Result> RequestAsync(string? phone, CancellationToken ct)
    {
        var e164 = VietnamesePhone.Normalize(phone);
        if (e164.IsFailure) return e164.Error!;
        if (await accounts.FindByPhoneAsync(e164.Value!, ct) is not { } user) return Result.Ok();
        var now = clock.GetUtcNow();
        if (await StoredAsync(user) is { } previous && now - (previous.Expires - Lifetime) < ResendAfter) return Result.Ok();

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        await users.SetAuthenticationTokenAsync(user, Provider, Name, new StoredCode(now + Lifetime, 0, Hash(user, code)).ToString());
        await sms.SendAsync(e164.Value!, Texts.PasswordResetCode(t, user.PreferredLanguage, code), ct);
        await log.RecordAsync(user.Id, SecurityEventKind.PasswordResetRequested, "sms", ct);
        return Result.Ok();
    }

    public async Task<Result> ResetAsync(string? phone, string? code, string? password, CancellationToken ct)
    {
        var e164 = VietnamesePhone.Normalize(phone);
        if (e164.IsFailure) return e164.Error!;
        if (string.IsNullOrEmpty(password)) return Error.Validation("password", "Choose a password of at least 10 characters.");
        code = code?.Trim() ?? "";
        if (await accounts.FindByPhoneAsync(e164.Value!, ct) is not { } user || await StoredAsync(user) is not { } stored
            || stored.Tries >= MaxTries || clock.GetUtcNow() >= stored.Expires)
            return InvalidCode;
        if (!CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(stored.Hash), Convert.FromBase64String(Hash(user, code))))
        {
            await users.SetAuthenticationTokenAsync(user, Provider, Name, (stored with { Tries = stored.Tries + 1 }).ToString());
            return InvalidCode;
        }

        // Check the new password before spending the code, so a too-short one can be corrected.
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, user, password) is { Succeeded: false } weak)
                return Weak(weak);
        await users.RemoveAuthenticationTokenAsync(user, Provider, Name);
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded) return Weak(reset);
        if (!user.PhoneNumberConfirmed)
        {
            user.PhoneNumberConfirmed = true;
            await users.UpdateAsync(user);
        }
        await NewPassword.AfterResetAsync(users, log, user, "sms", ct);
        return Result.Ok();
    }

    private async Task<StoredCode?> StoredAsync(CraftMarketUser user) =>
        StoredCode.Parse(await users.GetAuthenticationTokenAsync(user, Provider, Name));

    private static string Hash(CraftMarketUser user, string code) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Id:N}:{user.SecurityStamp}:{code}")));

    private sealed record StoredCode(DateTimeOffset Expires, int Tries, string Hash)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Expires.UtcTicks}|{Tries}|{Hash}");

        public static StoredCode? Parse(string? value) =>
            value?.Split('|') is [var ticks, var tries, var hash]
            && long.TryParse(ticks, CultureInfo.InvariantCulture, out var t) && int.TryParse(tries, CultureInfo.InvariantCulture, out var n)
                ? new StoredCode(new DateTimeOffset(t, TimeSpan.Zero), n, hash)
                : null;
    }

    private static Error Weak(IdentityResult result) =>
        Error.Validation(new Dictionary<string, string[]> { ["password"] = [.. result.Errors.Select(e => e.Description)] });
}
