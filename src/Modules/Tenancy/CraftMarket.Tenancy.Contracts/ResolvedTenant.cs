using System.Collections.Frozen;
using CraftMarket.SharedKernel.Monetary;
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

    /// <summary>The currency the association prices its products in (VND for every village today).</summary>
    public Currency PriceCurrency => Currency.Of(BaseCurrency);

    /// <summary>The association's dated rate from its base currency to <paramref name="code"/>, or null when it offers none.</summary>
    public ExchangeRate? DisplayRate(string code) =>
        DisplayCurrencies.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal)) is { } c && Currency.TryOf(c.Code, out var to)
            ? new ExchangeRate(PriceCurrency, to, c.RatePerBaseUnit, c.SetOn)
            : null;

    /// <summary>Brand story and village facts per language; empty until the association writes them.</summary>
    public VillageStory Story { get; init; } = VillageStory.Empty;

    /// <summary>Keys of the switchable modules this association runs without (see SharedKernel's <c>SwitchableModule</c>).</summary>
    public IReadOnlySet<string> ModulesOff { get; init; } = FrozenSet<string>.Empty;

    public bool Runs(string moduleKey) => !ModulesOff.Contains(moduleKey);

    /// <summary>Where the village is (<see cref="Contracts.Province.Code"/>), for the platform landing page; null until the platform admin sets it.</summary>
    public string? Province { get; init; }

    /// <summary>The craft the village is known for (<see cref="Contracts.Craft.Code"/>); null until set.</summary>
    public string? Craft { get; init; }
}

/// <summary>An association-set rate: how many units of <see cref="Code"/> one VND buys, as set on <see cref="SetOn"/>.</summary>
public sealed record DisplayCurrency(string Code, decimal RatePerBaseUnit, DateOnly SetOn);

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
