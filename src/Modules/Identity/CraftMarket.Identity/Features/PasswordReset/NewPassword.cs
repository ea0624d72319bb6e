using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.PasswordReset;

/// <summary>What follows any successful reset, by link or by code.</summary>
internal static class NewPassword
{
    /// <summary>
    /// The reset proved the owner holds the address or phone, so wrong guesses by someone else no longer
    /// count against them. UserManager.ResetPasswordAsync has already changed the security stamp: every
    /// other cookie and token of this account stops working at its next check.
    /// </summary>
    public static async Task AfterResetAsync(UserManager<CraftMarketUser> users, SecurityLog log, CraftMarketUser user, string how,
        CancellationToken ct)
    {
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await log.RecordAsync(user.Id, SecurityEventKind.PasswordReset, how, ct);
    }
}
