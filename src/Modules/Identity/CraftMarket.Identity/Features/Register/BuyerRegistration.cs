using System.Globalization;
using System.Net.Mail;
using System.Text;
using CraftMarket.Identity.Authentication;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CraftMarket.Identity.Features.Register;

internal sealed record RegisterBuyer(string? Email, string? Password, string? DisplayName, string? Company,
    string? Country, IReadOnlyList<string>? Languages, string? PreferredLanguage);

/// <summary>
/// Importers and designers sign themselves up; the account works only once the e-mail link is
/// followed. The answer is the same whatever the address: a confirmed one gets a "you already have
/// an account" e-mail, one held by an unconfirmed buyer account is claimed (<see cref="AddressClaim"/>),
/// and the password rules are checked before the address is looked at, so no path tells strangers who is a customer.
/// </summary>
internal sealed class BuyerRegistration(UserManager<CraftMarketUser> users, IdentityDb db, AddressClaim claims, SecurityLog log,
    IEmailSender email, TimeProvider clock, ModuleText<IdentityText> t, AccountThrottle throttle)
{
    public static readonly Error InvalidLink = Error.Validation("code", "This confirmation link is not valid or has expired.");

    /// <summary>One new confirmation e-mail per account per minute, whatever the per-address limit allows.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);

    private const string Provider = "CraftMarket.Registration";

    public async Task<Result> RegisterAsync(RegisterBuyer request, Func<Guid, string, string> confirmUrl, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count == 0) await ValidatePasswordAsync(request.Password!, errors);
        if (errors.Count > 0) return Error.Validation(errors);
        var address = request.Email!.Trim();
        // Each registration mails the address: a budget per address, new or known alike, stops mail bombing through the form.
        if (throttle.Admit(AccountAttempt.Registration, AccountKeys.Email(address)) is { } wait) return SignInThrottled.For(wait);

        var holder = await users.FindByEmailAsync(address);
        if (holder is not null && !await UnconfirmedBuyers.IsOneAsync(db, holder.Id, ct))
        {
            var (subject, body) = Texts.AccountExists(t, holder.PreferredLanguage);
            await email.SendAsync(address, subject, body, ct);
            return Result.Ok();
        }

        var user = NewBuyer(request, address, claiming: holder is not null);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
            return Error.Validation(created.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        await users.AddToRoleAsync(user, PlatformRoles.Buyer);

        // The holder's own confirmation link also went to this address: a new stamp kills it, so the
        // owner cannot confirm the squatter's account (and its password) by mistake.
        if (holder is not null) await users.UpdateSecurityStampAsync(holder);
        var token = holder is null ? await users.GenerateEmailConfirmationTokenAsync(user) : await claims.StartAsync(user, address);
        await SendConfirmationAsync(user, address, confirmUrl(user.Id, Encode(token)), ct);
        return Result.Ok();
    }

    /// <summary>A new link for an account still waiting for one; nothing for any other address, with the same answer.</summary>
    public async Task<Result> ResendAsync(string? address, Func<Guid, string, string> confirmUrl, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(address) || !MailAddress.TryCreate(address.Trim(), out _))
            return Error.Validation("email", "Enter a valid e-mail address.");
        if (await users.FindByEmailAsync(address.Trim()) is not { EmailConfirmed: false, Email: { } to } user) return Result.Ok();
        var now = clock.GetUtcNow();
        if (await users.GetAuthenticationTokenAsync(user, Provider, "confirmation-sent") is { } last
            && long.TryParse(last, CultureInfo.InvariantCulture, out var ticks) && now.UtcTicks - ticks < ResendAfter.Ticks)
            return Result.Ok();
        await users.SetAuthenticationTokenAsync(user, Provider, "confirmation-sent", now.UtcTicks.ToString(CultureInfo.InvariantCulture));
        await SendConfirmationAsync(user, to, confirmUrl(user.Id, Encode(await users.GenerateEmailConfirmationTokenAsync(user))), ct);
        return Result.Ok();
    }

    public async Task<Result> ConfirmAsync(Guid userId, string? code, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(code) || await users.FindByIdAsync(userId.ToString()) is not { } user)
            return Error.Validation("code", "This confirmation link is not valid.");
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return Error.Validation("code", "This confirmation link is not valid."); }
        if (await claims.CompleteAsync(user, token, ct) is { } claimed) return claimed;

        var confirmed = await users.ConfirmEmailAsync(user, token);
        if (!confirmed.Succeeded) return InvalidLink;
        await log.RecordAsync(user.Id, SecurityEventKind.EmailConfirmed, null, ct);
        return Result.Ok();
    }

    private CraftMarketUser NewBuyer(RegisterBuyer request, string address, bool claiming)
    {
        var id = Guid.CreateVersion7();
        return new CraftMarketUser
        {
            Id = id,
            // A claimant gets the address only when the link proves it is theirs (AddressClaim).
            UserName = claiming ? AddressClaim.UserNameFor(id) : address, Email = claiming ? null : address,
            DisplayName = request.DisplayName!.Trim(),
            PreferredLanguage = CraftMarketUser.Languages.Contains(request.PreferredLanguage ?? "") ? request.PreferredLanguage! : "en",
            BuyerCompany = request.Company?.Trim(), BuyerCountry = request.Country!.ToUpperInvariant(),
            BuyerLanguages = string.Join(',', (request.Languages ?? []).Select(l => l.Trim().ToLowerInvariant())),
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private async Task SendConfirmationAsync(CraftMarketUser user, string to, string url, CancellationToken ct)
    {
        var (subject, body) = Texts.ConfirmAccount(t, user.PreferredLanguage, user.DisplayName, url);
        await email.SendAsync(to, subject, body, ct);
    }

    private async Task ValidatePasswordAsync(string password, Dictionary<string, string[]> errors)
    {
        var failures = new List<string>();
        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, new CraftMarketUser(), password) is { Succeeded: false } weak)
                failures.AddRange(weak.Errors.Select(e => e.Description));
        if (failures.Count > 0) errors["password"] = [.. failures];
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

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
