using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.Tenancy.Domain;

namespace CraftMarket.Tenancy.Features.Tenants;

/// <summary>
/// The platform admin's view of a tenant, as sent and received over the API. <see cref="Modules"/>
/// switches modules on or off by key ("search": false); left out, nothing changes (on create: all on).
/// <see cref="Province"/> and <see cref="Craft"/> are codes of the fixed lists in Tenancy.Contracts
/// (<c>"bac-ninh"</c>, <c>"wood-carving"</c>); blank or left out: not set.
/// </summary>
public sealed record TenantInput(
    string Slug,
    string NameVi,
    string NameEn,
    string[]? HostNames,
    string? DefaultLanguage,
    string[]? SupportedLanguages,
    CurrencyInput[]? DisplayCurrencies,
    ExportDeskInput? ExportDesk,
    BrandInput Brand,
    IReadOnlyDictionary<string, bool>? Modules = null,
    string? Province = null,
    string? Craft = null)
{
    /// <summary>
    /// The profile to store. A rate sent without its date keeps the date it already has when
    /// unchanged (an edit of the export desk does not re-date the rates) and is dated
    /// <paramref name="today"/> otherwise.
    /// </summary>
    internal TenantProfile ToProfile(TenantProfile? current, DateOnly today) => new()
    {
        NameVi = NameVi?.Trim() ?? "",
        NameEn = NameEn?.Trim() ?? "",
        HostNames = (HostNames ?? []).OfType<string>().Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList(),
        DefaultLanguage = DefaultLanguage ?? "vi",
        SupportedLanguages = (SupportedLanguages is { Length: > 0 } langs ? langs : ["vi", "en"]).Select(l => l ?? "").Distinct().ToList(),
        BaseCurrency = "VND",
        DisplayCurrencies = (DisplayCurrencies ?? []).OfType<CurrencyInput>().Select(c => c.ToRate(current, today)).ToList(),
        ExportDeskEmail = Blank(ExportDesk?.Email),
        ExportDeskPhone = Blank(ExportDesk?.Phone),
        ExportDeskAddress = Blank(ExportDesk?.Address),
        ExportDeskContactPerson = Blank(ExportDesk?.ContactPerson),
        Province = Blank(Province)?.ToLowerInvariant(),
        Craft = Blank(Craft)?.ToLowerInvariant(),
    };

    // Input arrays may hold JSON nulls ("hostNames": [null]); they are skipped rather than crash.
    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A display currency: units of <see cref="Code"/> per VND, and the day the rate was set (optional on input).</summary>
public sealed record CurrencyInput(string Code, decimal RatePerVnd, DateOnly? SetOn = null)
{
    internal CurrencyRate ToRate(TenantProfile? current, DateOnly today)
    {
        var code = Code?.Trim().ToUpperInvariant() ?? "";
        var unchanged = current?.DisplayCurrencies.FirstOrDefault(r => r.Code == code && r.RatePerBaseUnit == RatePerVnd);
        return new CurrencyRate(code, RatePerVnd, SetOn ?? unchanged?.SetOn ?? today);
    }
}
public sealed record ExportDeskInput(string? Email, string? Phone, string? Address, string? ContactPerson);

public sealed record BrandInput(
    string BrandName, string? Tagline, string? ThemeName, string? PrimaryColor, string? AccentColor,
    string? BackgroundColor, string? TextColor, string? HeadingFont, string? BodyFont, string? LogoUrl)
{
    internal TenantBrand ToBrand()
    {
        var defaults = new TenantBrand { BrandName = "" };
        return new TenantBrand
        {
            BrandName = BrandName?.Trim() ?? "",
            Tagline = Tagline?.Trim() ?? "",
            ThemeName = ThemeName ?? defaults.ThemeName,
            PrimaryColor = PrimaryColor ?? defaults.PrimaryColor,
            AccentColor = AccentColor ?? defaults.AccentColor,
            BackgroundColor = BackgroundColor ?? defaults.BackgroundColor,
            TextColor = TextColor ?? defaults.TextColor,
            HeadingFont = HeadingFont ?? defaults.HeadingFont,
            BodyFont = BodyFont ?? defaults.BodyFont,
            LogoUrl = string.IsNullOrWhiteSpace(LogoUrl) ? null : LogoUrl.Trim(),
        };
    }

    internal static BrandInput From(TenantBrand b) => new(b.BrandName, b.Tagline, b.ThemeName, b.PrimaryColor, b.AccentColor,
        b.BackgroundColor, b.TextColor, b.HeadingFont, b.BodyFont, b.LogoUrl);
}

/// <summary>What the API answers for a tenant; its settings list every switchable module, on or off.</summary>
public sealed record TenantView(Guid Id, string Slug, string Status, string? SuspensionReason, TenantInput Settings)
{
    internal static TenantView From(Tenant t, IEnumerable<SwitchableModule> modules) => new(t.Id.Value, t.Slug, t.Status.ToString(), t.SuspensionReason,
        new TenantInput(t.Slug, t.Profile.NameVi, t.Profile.NameEn, [.. t.Profile.HostNames], t.Profile.DefaultLanguage,
            [.. t.Profile.SupportedLanguages], [.. t.Profile.DisplayCurrencies.Select(c => new CurrencyInput(c.Code, c.RatePerBaseUnit, c.SetOn))],
            new ExportDeskInput(t.Profile.ExportDeskEmail, t.Profile.ExportDeskPhone, t.Profile.ExportDeskAddress, t.Profile.ExportDeskContactPerson),
            BrandInput.From(t.Brand), modules.ToDictionary(m => m.Key, m => t.ModuleSwitches.IsOn(m.Key), StringComparer.Ordinal),
            t.Profile.Province, t.Profile.Craft));
}
