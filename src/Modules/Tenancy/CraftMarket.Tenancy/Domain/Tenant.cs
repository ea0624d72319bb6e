using CraftMarket.SharedKernel.Auditing;
using System.Collections.Frozen;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Tenancy.Domain;

/// <summary>An association: its identity, brand, languages, currencies and status.</summary>
[Audited("settings", Subject = "Slug")]
internal sealed class Tenant
{
    private Tenant() { }

    public TenantId Id { get; private set; }
    public string Slug { get; private set; } = "";
    public TenantProfile Profile { get; private set; } = null!;
    public TenantBrand Brand { get; private set; } = null!;
    public VillageStory Story { get; private set; } = VillageStory.Empty;
    public ModuleSwitches ModuleSwitches { get; private set; } = ModuleSwitches.AllOn;
    public TenantStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? SuspensionReason { get; private set; }

    public static Result<Tenant> Create(string slug, TenantProfile profile, TenantBrand brand, DateTimeOffset now)
    {
        var errors = TenantRules.Validate(slug, profile, brand);
        if (errors is not null) return errors;
        return new Tenant
        {
            Id = TenantId.New(), Slug = slug, Profile = profile, Brand = brand,
            Status = TenantStatus.Active, CreatedAt = now, UpdatedAt = now,
        };
    }

    /// <summary>Platform admin: everything but the slug, which is part of every URL and stays fixed.</summary>
    public Result UpdateProfile(TenantProfile profile, DateTimeOffset now)
    {
        if (TenantRules.Validate(Slug, profile, Brand) is { } errors) return errors;
        Profile = profile;
        UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>Association admin: restyle the tenant (colours, fonts, logo, tagline) without code.</summary>
    public Result UpdateBrand(TenantBrand brand, DateTimeOffset now)
    {
        if (TenantRules.Validate(Slug, Profile, brand) is { } errors) return errors;
        Brand = brand;
        UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>Association admin: the brand story and village facts shown on the home and about pages.</summary>
    public Result UpdateStory(VillageStory story, DateTimeOffset now)
    {
        var valid = StoryRules.Validate(story);
        if (valid.IsFailure) return valid.Error!;
        Story = valid.Value!;
        UpdatedAt = now;
        return Result.Ok();
    }

    /// <summary>An uploaded logo's URL (or none): made by the platform, so colours are not checked again here.</summary>
    public void SetLogo(string? url, DateTimeOffset now)
    {
        Brand = Brand with { LogoUrl = url };
        UpdatedAt = now;
    }

    /// <summary>Platform admin: the switchable modules this association runs (already checked against the declared ones).</summary>
    public void SwitchModules(ModuleSwitches switches, DateTimeOffset now)
    {
        if (switches == ModuleSwitches) return;
        ModuleSwitches = switches;
        UpdatedAt = now;
    }

    public Result Suspend(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Error.Validation("reason", "Say why the association is suspended.");
        Status = TenantStatus.Suspended;
        SuspensionReason = reason.Trim();
        UpdatedAt = now;
        return Result.Ok();
    }

    public void Reactivate(DateTimeOffset now)
    {
        Status = TenantStatus.Active;
        SuspensionReason = null;
        UpdatedAt = now;
    }

    public ResolvedTenant ToResolved() => new(
        Id, Slug, Profile.NameVi, Profile.NameEn, Brand.BrandName, Brand.Tagline, Status,
        Profile.DefaultLanguage, Profile.SupportedLanguages, Profile.BaseCurrency,
        Profile.DisplayCurrencies.Select(c => new DisplayCurrency(c.Code, c.RatePerBaseUnit, c.SetOn)).ToList(),
        Brand.ThemeName,
        new BrandTokens(Brand.PrimaryColor, Brand.AccentColor, Brand.BackgroundColor, Brand.TextColor,
            Brand.HeadingFont, Brand.BodyFont, Brand.LogoUrl),
        new ExportDeskContact(Profile.ExportDeskEmail, Profile.ExportDeskPhone, Profile.ExportDeskAddress, Profile.ExportDeskContactPerson),
        Profile.HostNames) { Story = Story, ModulesOff = ModuleSwitches.Off.ToFrozenSet(StringComparer.Ordinal), Province = Profile.Province, Craft = Profile.Craft };
}
