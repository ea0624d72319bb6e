namespace CraftMarket.Tenancy.Domain;

/// <summary>Who the association is and how it trades: set by the platform admin.</summary>
internal sealed record TenantProfile
{
    public required string NameVi { get; init; }
    public required string NameEn { get; init; }
    public List<string> HostNames { get; init; } = [];
    public string DefaultLanguage { get; init; } = "vi";
    public List<string> SupportedLanguages { get; init; } = ["vi", "en"];
    public string BaseCurrency { get; init; } = "VND";
    public List<CurrencyRate> DisplayCurrencies { get; init; } = [];
    public string? ExportDeskEmail { get; init; }
    public string? ExportDeskPhone { get; init; }
    public string? ExportDeskAddress { get; init; }
    public string? ExportDeskContactPerson { get; init; }
    /// <summary>A <see cref="Contracts.Province"/> code; null for an association created before villages had one.</summary>
    public string? Province { get; init; }
    /// <summary>A <see cref="Contracts.Craft"/> code; null when not set.</summary>
    public string? Craft { get; init; }
}

/// <summary>
/// Association-set rate: units of <see cref="Code"/> per one unit of the base currency (VND), as
/// set on <see cref="SetOn"/> (rows saved before rates had dates got their tenant's last update day,
/// migration RateDates).
/// </summary>
internal sealed record CurrencyRate(string Code, decimal RatePerBaseUnit, DateOnly SetOn);

/// <summary>The common brand: set by the association admin, rendered as CSS custom properties.</summary>
internal sealed record TenantBrand
{
    public required string BrandName { get; init; }
    public string Tagline { get; init; } = "";
    public string ThemeName { get; init; } = "base";
    public string PrimaryColor { get; init; } = "#2f5d50";
    public string AccentColor { get; init; } = "#c8963e";
    public string BackgroundColor { get; init; } = "#fbf8f3";
    public string TextColor { get; init; } = "#1f1f1f";
    public string HeadingFont { get; init; } = "Georgia, serif";
    public string BodyFont { get; init; } = "system-ui, sans-serif";
    public string? LogoUrl { get; init; }
}
