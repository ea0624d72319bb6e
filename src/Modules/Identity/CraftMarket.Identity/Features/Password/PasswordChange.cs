using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Password;

internal sealed record ChangePassword(string? CurrentPassword, string? NewPassword);

/// <summary>
/// A new password for an account that has one, given the current one. Identity renews the security
/// stamp with the hash, so every bearer token and refresh token issued before ends at once, and
/// other browsers' cookies at their next stamp check; the caller renews its own session.
/// </summary>
internal sealed class PasswordChange(UserManager<CraftMarketUser> users, PasswordConfirmation confirmation, SecurityLog log)
{
    public async Task<Result> ChangeAsync(CraftMarketUser user, ChangePassword request, CancellationToken ct)
    {
        var confirmed = await confirmation.CheckAsync(user, request.CurrentPassword);
        if (confirmed.IsFailure) return confirmed;
        if (string.IsNullOrEmpty(request.NewPassword))
            return Error.Validation("newPassword", "Choose a password of at least 10 characters.");
        if (string.Equals(request.NewPassword, request.CurrentPassword, StringComparison.Ordinal))
            return Error.Validation("newPassword", "The new password must differ from the current one.");

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword);
        if (!changed.Succeeded)
            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? PasswordConfirmation.Wrong
                : Error.Validation(new Dictionary<string, string[]> { ["newPassword"] = [.. changed.Errors.Select(Reason).Distinct()] });
        await log.RecordAsync(user.Id, SecurityEventKind.PasswordChanged, null, ct);
        return Result.Ok();
    }

    /// <summary>Our own wording for the rules we set (length, variety), so pages can translate it.</summary>
    private static string Reason(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "Choose a password of at least 10 characters.",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "Use at least 4 different characters.",
        _ => error.Description,
    };
}
