using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.AccountSecurity;

/// <summary>
/// Asks for the current password before a change to how the account signs in (2FA on or off,
/// recovery codes, a new password). A session or token alone is not enough: whoever finds an
/// unlocked laptop or a leaked token must not be able to lock the owner out (ADR 0030).
/// </summary>
internal sealed class PasswordConfirmation(UserManager<CraftMarketUser> users)
{
    public const string Field = "currentPassword";

    public static readonly Error Wrong = Error.Validation(Field, "The current password is not correct.");

    /// <summary>Producers sign in by SMS code and have no password; their sign-in methods change through the association.</summary>
    public static readonly Error NoPassword = Error.Validation(Field,
        "This account signs in with SMS codes and has no password, so its sign-in settings cannot be changed here.");

    public async Task<Result> CheckAsync(CraftMarketUser user, string? password)
    {
        if (!await users.HasPasswordAsync(user)) return NoPassword;
        return !string.IsNullOrEmpty(password) && await users.CheckPasswordAsync(user, password) ? Result.Ok() : Wrong;
    }
}
