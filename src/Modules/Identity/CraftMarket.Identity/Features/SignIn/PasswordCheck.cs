using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Phones;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using IdentitySignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace CraftMarket.Identity.Features.SignIn;

/// <summary>
/// A password sign-in, shared by the API and the login page, that tells nobody whether an account
/// exists: the per-account throttle counts what was typed, an unknown account (or one without a
/// password) costs the same hash as a known one, and "confirm your e-mail" comes only after the
/// right password. No lock: a wrong password never stops the owner's SMS code or a password reset.
/// </summary>
internal sealed class PasswordCheck(AccountLookup accounts, SignInManager<CraftMarketUser> signIn, IPasswordHasher<CraftMarketUser> hasher,
    AccountThrottle throttle, SecurityLog log, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    private static string? dummyHash;

    /// <summary>
    /// Signs in with the scheme the caller set on <see cref="SignInManager{TUser}"/>. Succeeds with the
    /// account and Identity's result (signed in, or a second factor required); fails with a throttle
    /// (<see cref="SignInThrottled"/>), invalid credentials, or "not confirmed" after a right password.
    /// </summary>
    public async Task<Result<(CraftMarketUser User, IdentitySignInResult Result)>> SignInAsync(string? email, string? phone, string password,
        bool persistent, CancellationToken ct)
    {
        var found = await accounts.FindAsync(email, phone, ct);
        if (found.IsFailure) return found.Error!;
        var user = found.Value;
        var account = string.IsNullOrWhiteSpace(email) ? AccountKeys.Phone(VietnamesePhone.Normalize(phone).Value!) : AccountKeys.Email(email);

        if (throttle.Admit(AccountAttempt.Password, account, user?.SecurityStamp) is { } wait) return SignInThrottled.For(wait);

        if (user?.PasswordHash is null || !await signIn.UserManager.CheckPasswordAsync(user, password))
        {
            if (user?.PasswordHash is null) SpendUnknownAccountHash(password);
            // Admit counted this guess already; if it was the one that started a wait, the owner reads that too.
            if (user is not null) await log.RecordFailureAsync(user.Id, "password", throttle.Waiting(AccountAttempt.Password, account), ct);
            return SignInFailures.InvalidCredentials;
        }

        throttle.Succeeded(AccountAttempt.Password, account);
        // The password was checked above; Identity checks it again here (twice the hash work, only for the
        // owner) because only this call starts a second-factor sign-in the bearer and cookie flows both understand.
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: false);
        if (result.IsNotAllowed) return SignInFailures.NotConfirmed;
        if (result.IsLockedOut) return LockedByTwoFactor(user);
        if (result.Succeeded) await log.RecordAsync(user.Id, SecurityEventKind.SignedIn, "password", ct);
        return (user, result);
    }

    /// <summary>
    /// Wrong second-factor codes still lock the account for a while (Identity counts them; only someone
    /// who knows the password gets there): answered as a wait like any other, never as "locked".
    /// </summary>
    public Error LockedByTwoFactor(CraftMarketUser user) =>
        SignInThrottled.For(user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end - clock.GetUtcNow() : identity.Value.Lockout.DefaultLockoutTimeSpan);

    /// <summary>The same work as checking a real password, so an unknown account is not answered faster.</summary>
    private void SpendUnknownAccountHash(string password)
    {
        var nobody = new CraftMarketUser();
        dummyHash ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(nobody, dummyHash, password);
    }
}
