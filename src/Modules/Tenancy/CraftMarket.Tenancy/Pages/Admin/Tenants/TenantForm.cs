using System.Globalization;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.Tenancy.Features.Tenants;

namespace CraftMarket.Tenancy.Pages.Admin.Tenants;

/// <summary>The platform admin's form: flat fields a browser can post, mapped to the API's <see cref="TenantInput"/>.</summary>
public sealed class TenantForm
{
    public string Slug { get; set; } = "";
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? HostNames { get; set; }
    public string DefaultLanguage { get; set; } = "vi";
    public string SupportedLanguages { get; set; } = "vi, en";
    /// <summary>One per line: "USD 0.000038", optionally with the day the rate was set: "USD 0.000038 2026-11-30".</summary>
    public string? DisplayCurrencies { get; set; }
    public string? ExportDeskEmail { get; set; }
    public string? ExportDeskPhone { get; set; }
    public string? ExportDeskAddress { get; set; }
    public string? ExportDeskContactPerson { get; set; }
    /// <summary>A <see cref="Contracts.Province"/> code, or blank.</summary>
    public string? Province { get; set; }
    /// <summary>A <see cref="Contracts.Craft"/> code, or blank.</summary>
    public string? Craft { get; set; }
    public BrandForm Brand { get; set; } = new();
    /// <summary>Keys of the switchable modules ticked on; the ones not posted are off.</summary>
    public List<string> ModulesOn { get; set; } = [];

    internal TenantInput ToInput(IEnumerable<SwitchableModule> modules) => new(Slug, NameVi, NameEn, Split(HostNames), DefaultLanguage, Split(SupportedLanguages),
        (DisplayCurrencies ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => new CurrencyInput(p[0], p.Length > 1 && decimal.TryParse(p[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var r) ? r : 0,
                p.Length > 2 && DateOnly.TryParseExact(p[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null))
            .ToArray(),
        new ExportDeskInput(ExportDeskEmail, ExportDeskPhone, ExportDeskAddress, ExportDeskContactPerson), Brand.ToInput(),
        modules.ToDictionary(m => m.Key, m => ModulesOn.Contains(m.Key, StringComparer.Ordinal), StringComparer.Ordinal), Province, Craft);

    internal static TenantForm From(TenantInput t) => new()
    {
        Slug = t.Slug, NameVi = t.NameVi, NameEn = t.NameEn, HostNames = string.Join(", ", t.HostNames ?? []),
        DefaultLanguage = t.DefaultLanguage ?? "vi", SupportedLanguages = string.Join(", ", t.SupportedLanguages ?? []),
        DisplayCurrencies = string.Join("\n", (t.DisplayCurrencies ?? []).Select(c => $"{c.Code} {c.RatePerVnd.ToString(CultureInfo.InvariantCulture)} {c.SetOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}".TrimEnd())),
        ExportDeskEmail = t.ExportDesk?.Email, ExportDeskPhone = t.ExportDesk?.Phone, ExportDeskAddress = t.ExportDesk?.Address,
        ExportDeskContactPerson = t.ExportDesk?.ContactPerson, Brand = BrandForm.From(t.Brand),
        Province = t.Province, Craft = t.Craft,
        ModulesOn = [.. (t.Modules ?? new Dictionary<string, bool>()).Where(m => m.Value).Select(m => m.Key)],
    };

    private static string[] Split(string? s) => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class BrandForm
{
    public string BrandName { get; set; } = "";
    public string? Tagline { get; set; }
    public string ThemeName { get; set; } = "base";
    public string PrimaryColor { get; set; } = "#2f5d50";
    public string AccentColor { get; set; } = "#c8963e";
    public string BackgroundColor { get; set; } = "#fbf8f3";
    public string TextColor { get; set; } = "#1f1f1f";
    public string HeadingFont { get; set; } = "Georgia, serif";
    public string BodyFont { get; set; } = "system-ui, sans-serif";
    public string? LogoUrl { get; set; }

    internal BrandInput ToInput() => new(BrandName, Tagline, ThemeName, PrimaryColor, AccentColor, BackgroundColor, TextColor, HeadingFont, BodyFont, LogoUrl);

    internal static BrandForm From(BrandInput b) => new()
    {
        BrandName = b.BrandName, Tagline = b.Tagline, ThemeName = b.ThemeName ?? "base", PrimaryColor = b.PrimaryColor ?? "#2f5d50",
        AccentColor = b.AccentColor ?? "#c8963e", BackgroundColor = b.BackgroundColor ?? "#fbf8f3", TextColor = b.TextColor ?? "#1f1f1f",
        HeadingFont = b.HeadingFont ?? "Georgia, serif", BodyFont = b.BodyFont ?? "system-ui, sans-serif", LogoUrl = b.LogoUrl,
    };
}
