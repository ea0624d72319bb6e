using System.Net.Mail;
using System.Text;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CraftMarket.Identity.Features.PasswordReset;

/// <summary>
/// Buyers and staff reset a forgotten password through a link e-mailed to their confirmed address.
/// The request answers the same for an unknown address (nothing is sent). The token is Identity's
/// (one day, tied to the security stamp), so it dies with the reset it allows and with any other
/// password change; the reset changes the stamp, which ends every other session and token.
/// </summary>
internal sealed class PasswordResetByEmail(UserManager<CraftMarketUser> users, IEmailSender email, SecurityLog log,
    ModuleText<IdentityText> t)
{
    public static readonly Error InvalidLink = Error.Validation("code", "This reset link is not valid or has expired. Ask for a new one.");

    public async Task<Result> RequestAsync(string? address, Func<Guid, string, string> resetUrl, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(address) || !MailAddress.TryCreate(address.Trim(), out _))
            return Error.Validation("email", "Enter a valid e-mail address.");
        // An unconfirmed address has not been shown to be the holder's: its owner registers or confirms instead.
        if (await users.FindByEmailAsync(address.Trim()) is not { EmailConfirmed: true, Email: { } to } user) return Result.Ok();

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var (subject, body) = Texts.PasswordResetLink(t, user.PreferredLanguage, resetUrl(user.Id, token));
        await email.SendAsync(to, subject, body, ct);
        await log.RecordAsync(user.Id, SecurityEventKind.PasswordResetRequested, "e-mail", ct);
        return Result.Ok();
    }

    public async Task<Result> ResetAsync(Guid? userId, string? code, string? password, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(password)) return Error.Validation("password", "Choose a password of at least 10 characters.");
        if (userId is not { } id || string.IsNullOrEmpty(code) || await users.FindByIdAsync(id.ToString()) is not { } user)
            return InvalidLink;
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return InvalidLink; }

        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? InvalidLink
                : Weak(reset);
        await NewPassword.AfterResetAsync(users, log, user, "e-mail", ct);
        return Result.Ok();
    }

    private static Error Weak(IdentityResult result) =>
        Error.Validation(new Dictionary<string, string[]> { ["password"] = [.. result.Errors.Select(e => e.Description)] });
}
