using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Identity.Features.SignIn;

/// <summary>Finds an account by e-mail or by phone, whichever the person typed. Shared by the API and the login page.</summary>
internal sealed class AccountLookup(UserManager<CraftMarketUser> users, IdentityDb db)
{
    /// <summary>An '@' means e-mail; anything else is read as a Vietnamese phone number.</summary>
    public async Task<Result<CraftMarketUser?>> FindAsync(string? email, string? phone, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(phone))
            return Error.Validation("email", "Give an e-mail or a phone number, not both.");
        if (!string.IsNullOrWhiteSpace(email))
            return Result.Ok(await users.FindByEmailAsync(email.Trim()));
        var e164 = VietnamesePhone.Normalize(phone);
        if (e164.IsFailure) return e164.Error!;
        return Result.Ok(await FindByPhoneAsync(e164.Value!, ct));
    }

    public Task<CraftMarketUser?> FindByPhoneAsync(string e164, CancellationToken ct) =>
        db.Users.SingleOrDefaultAsync(u => u.PhoneNumber == e164, ct);
}

/// <summary>
/// Why a sign-in failed, worded for the person (never revealing whether the account exists: only a
/// right password hears "confirm your e-mail"; waits are <see cref="Authentication.SignInThrottled"/>).
/// </summary>
internal static class SignInFailures
{
    public static readonly Error InvalidCredentials =
        new(ErrorKind.Unauthorized, "invalid_credentials", "The e-mail or phone and password do not match.");
    public static readonly Error NotConfirmed =
        new(ErrorKind.Unauthorized, "not_confirmed", "Confirm your e-mail address first: we sent you a link.");
    public static readonly Error TwoFactorRequired =
        new(ErrorKind.Unauthorized, "two_factor_required", "Enter the code from your authenticator app.");
    public static readonly Error InvalidTwoFactorCode =
        new(ErrorKind.Unauthorized, "invalid_two_factor_code", "That authenticator or recovery code is not valid.");

    public static Error From(Microsoft.AspNetCore.Identity.SignInResult result) =>
        result.IsNotAllowed ? NotConfirmed
        : result.RequiresTwoFactor ? TwoFactorRequired
        : InvalidCredentials;
}
