using System.Net.Mail;
using System.Text;
using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CraftMarket.Identity.Features.Register;

internal sealed record RegisterBuyer(string? Email, string? Password, string? DisplayName, string? Company,
    string? Country, IReadOnlyList<string>? Languages, string? PreferredLanguage);

/// <summary>
/// Importers and designers sign themselves up; the account works only once the e-mail link is
/// followed. A second registration for a known address gets a "you already have an account"
/// e-mail instead of an error, so the form does not tell strangers who is a customer.
/// </summary>
internal sealed class BuyerRegistration(UserManager<CraftMarketUser> users, IEmailSender email, TimeProvider clock, ModuleText<IdentityText> t,
    AccountThrottle throttle)
{
    public async Task<Result> RegisterAsync(RegisterBuyer request, Func<Guid, string, string> confirmUrl, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0) return Error.Validation(errors);
        var address = request.Email!.Trim();
        // Each registration mails the address: a budget per address, new or known alike, stops mail bombing through the form.
        if (throttle.Admit(AccountAttempt.Registration, AccountKeys.Email(address)) is { } wait) return SignInThrottled.For(wait);

        if (await users.FindByEmailAsync(address) is { } known)
        {
            var (subject, body) = Texts.AccountExists(t, known.PreferredLanguage);
            await email.SendAsync(address, subject, body, ct);
            return Result.Ok();
        }

        var user = new CraftMarketUser
        {
            UserName = address, Email = address, DisplayName = request.DisplayName!.Trim(),
            PreferredLanguage = CraftMarketUser.Languages.Contains(request.PreferredLanguage ?? "") ? request.PreferredLanguage! : "en",
            BuyerCompany = request.Company?.Trim(), BuyerCountry = request.Country!.ToUpperInvariant(),
            BuyerLanguages = string.Join(',', (request.Languages ?? []).Select(l => l.Trim().ToLowerInvariant())),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
            return Error.Validation(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        await users.AddToRoleAsync(user, PlatformRoles.Buyer);

        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var confirm = Texts.ConfirmAccount(t, user.PreferredLanguage, user.DisplayName, confirmUrl(user.Id, token));
        await email.SendAsync(address, confirm.Subject, confirm.Body, ct);
        return Result.Ok();
    }

    public async Task<Result> ConfirmAsync(Guid userId, string? code)
    {
        if (string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId.ToString()) is not { } user)
            return Error.Validation("code", "This confirmation link is not valid.");
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return Error.Validation("code", "This confirmation link is not valid."); }
        var confirmed = await users.ConfirmEmailAsync(user, token);
        return confirmed.Succeeded ? Result.Ok() : Error.Validation("code", "This confirmation link is not valid or has expired.");
    }

    private static Dictionary<string, string[]> Validate(RegisterBuyer r)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Email) || !MailAddress.TryCreate(r.Email.Trim(), out _))
            errors["email"] = ["Enter a valid e-mail address."];
        if (string.IsNullOrEmpty(r.Password)) errors["password"] = ["Choose a password of at least 10 characters."];
        if (string.IsNullOrWhiteSpace(r.DisplayName)) errors["displayName"] = ["Enter your name."];
        if (!CountryCodes.IsKnown(r.Country)) errors["country"] = ["Choose your country (ISO code such as JP or US)."];
        if (r.Languages is { } langs && langs.Any(l => l.Trim().Length != 2 || !l.Trim().All(char.IsAsciiLetter)))
            errors["languages"] = ["Languages are two-letter codes such as en or ja."];
        return errors;
    }
}
