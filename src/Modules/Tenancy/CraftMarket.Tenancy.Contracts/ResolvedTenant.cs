using System.Collections.Frozen;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Tenancy.Contracts;

public enum TenantStatus { Active, Suspended }

/// <summary>
/// An association as the rest of the platform sees it: an immutable snapshot held in the tenant
/// cache, so resolving it per request costs a dictionary lookup and no allocation.
/// </summary>
public sealed record ResolvedTenant(
    TenantId Id,
    string Slug,
    string NameVi,
    string NameEn,
    string BrandName,
    string Tagline,
    TenantStatus Status,
    string DefaultLanguage,
    IReadOnlyList<string> SupportedLanguages,
    string BaseCurrency,
    IReadOnlyList<DisplayCurrency> DisplayCurrencies,
    string ThemeName,
    BrandTokens Brand,
    ExportDeskContact ExportDesk,
    IReadOnlyList<string> HostNames)
{
    public bool IsActive => Status == TenantStatus.Active;

    /// <summary>Brand story and village facts per language; empty until the association writes them.</summary>
    public VillageStory Story { get; init; } = VillageStory.Empty;

    /// <summary>Keys of the switchable modules this association runs without (see SharedKernel's <c>SwitchableModule</c>).</summary>
    public IReadOnlySet<string> ModulesOff { get; init; } = FrozenSet<string>.Empty;

    public bool Runs(string moduleKey) => !ModulesOff.Contains(moduleKey);
}

/// <summary>An association-set rate: how many units of <see cref="Code"/> one VND buys.</summary>
public sealed record DisplayCurrency(string Code, decimal RatePerBaseUnit);

/// <summary>Brand as data: rendered into CSS custom properties, so restyling a tenant needs no code.</summary>
public sealed record BrandTokens(
    string PrimaryColor,
    string AccentColor,
    string BackgroundColor,
    string TextColor,
    string HeadingFont,
    string BodyFont,
    string? LogoUrl);

public sealed record ExportDeskContact(string? Email, string? Phone, string? Address, string? ContactPerson);
