using CraftMarket.Identity.Data;
using CraftMarket.Identity.Features.AccountSecurity;
using CraftMarket.Identity.Features.Register;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Identity;

namespace CraftMarket.Identity.Features.Profile;

internal sealed record BuyerProfileView(string DisplayName, string? Company, string? Country, IReadOnlyList<string> Languages,
    string PreferredLanguage);

internal sealed record UpdateBuyerProfile(string? DisplayName, string? Company, string? Country, IReadOnlyList<string>? Languages,
    string? PreferredLanguage);

/// <summary>
/// What a buyer tells the villages about themselves: name, company, country, the languages they read
/// and the language of our pages and e-mails. A change is a line in the security log (a changed name
/// or company is what an impersonator would do first); claims built from it are refreshed by the caller.
/// </summary>
internal sealed class BuyerProfile(UserManager<CraftMarketUser> users, SecurityLog log)
{
    public const int NameLength = 200;
    public const int MaxLanguages = 10;

    public static BuyerProfileView View(CraftMarketUser user) => new(user.DisplayName, user.BuyerCompany, user.BuyerCountry,
        [.. (user.BuyerLanguages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)], user.PreferredLanguage);

    public async Task<Result<BuyerProfileView>> UpdateAsync(CraftMarketUser user, UpdateBuyerProfile request)
    {
        var errors = Validate(request);
        if (errors.Count > 0) return Error.Validation(errors);
        var company = string.IsNullOrWhiteSpace(request.Company) ? null : request.Company.Trim();
        var languages = string.Join(',', (request.Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal));
        var changed = new List<string>();
        Set(user.DisplayName, request.DisplayName!.Trim(), v => user.DisplayName = v!, "displayName");
        Set(user.BuyerCompany, company, v => user.BuyerCompany = v, "company");
        Set(user.BuyerCountry, request.Country!.Trim().ToUpperInvariant(), v => user.BuyerCountry = v, "country");
        Set(user.BuyerLanguages ?? "", languages, v => user.BuyerLanguages = v, "languages");
        Set(user.PreferredLanguage, request.PreferredLanguage!, v => user.PreferredLanguage = v!, "preferredLanguage");
        if (changed.Count == 0) return View(user);

        // The log line joins the save of the profile.
        log.Add(user.Id, SecurityEventKind.ProfileChanged, string.Join(", ", changed));
        var saved = await users.UpdateAsync(user);
        if (!saved.Succeeded) return Error.Conflict("profile_not_saved", "The profile changed meanwhile. Load it again and retry.");
        return View(user);

        void Set(string? before, string? after, Action<string?> apply, string field)
        {
            if (string.Equals(before, after, StringComparison.Ordinal)) return;
            apply(after);
            changed.Add(field);
        }
    }

    private static Dictionary<string, string[]> Validate(UpdateBuyerProfile r)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.DisplayName)) errors["displayName"] = ["Enter your name."];
        else if (r.DisplayName.Trim().Length > NameLength) errors["displayName"] = ["Names have at most 200 characters."];
        if (r.Company is { } company && company.Trim().Length > NameLength) errors["company"] = ["Company names have at most 200 characters."];
        if (!CountryCodes.IsKnown(r.Country?.Trim())) errors["country"] = ["Choose your country (ISO code such as JP or US)."];
        if (r.Languages is { } langs && (langs.Count > MaxLanguages || langs.Any(l => !LanguageCodes.IsKnown(l?.Trim()))))
            errors["languages"] = ["Languages are two-letter ISO codes such as en or ja, at most 10."];
        if (!CraftMarketUser.Languages.Contains(r.PreferredLanguage ?? "", StringComparer.Ordinal))
            errors["preferredLanguage"] = ["Choose vi, en, fr or ja."];
        return errors;
    }
}
