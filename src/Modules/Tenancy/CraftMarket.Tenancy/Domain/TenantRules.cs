using System.Text.RegularExpressions;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Tenancy.Domain;

/// <summary>Every field of a tenant is checked here, so create, edit and restyle agree on what is valid.</summary>
internal static partial class TenantRules
{
    public static readonly IReadOnlySet<string> Languages = new HashSet<string> { "vi", "en", "fr", "ja" };

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")] private static partial Regex SlugPattern();
    [GeneratedRegex("^#[0-9a-fA-F]{6}$")] private static partial Regex ColorPattern();
    [GeneratedRegex("^[A-Z]{3}$")] private static partial Regex CurrencyPattern();
    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")] private static partial Regex HostPattern();
    // Fonts end up inside a CSS declaration: letters, digits, spaces, commas, hyphens and quotes only.
    [GeneratedRegex("^[A-Za-z0-9 ,'\"-]{1,120}$")] private static partial Regex FontPattern();

    public static Error? Validate(string slug, TenantProfile p, TenantBrand b)
    {
        var errors = new Dictionary<string, string[]>();
        void Check(bool ok, string field, string message) { if (!ok) errors[field] = [message]; }

        Check(SlugPattern().IsMatch(slug ?? "") && slug!.Length >= 2, "slug", "Use 2-63 lower-case letters, digits and hyphens, e.g. bat-trang.");
        Check(!string.IsNullOrWhiteSpace(p.NameVi) && p.NameVi.Length <= 200, "nameVi", "The Vietnamese name is required (at most 200 characters).");
        Check(!string.IsNullOrWhiteSpace(p.NameEn) && p.NameEn.Length <= 200, "nameEn", "The English name is required (at most 200 characters).");
        Check(p.SupportedLanguages.Count > 0 && p.SupportedLanguages.All(Languages.Contains), "supportedLanguages", "Languages must be among vi, en, fr, ja.");
        Check(p.SupportedLanguages.Contains(p.DefaultLanguage), "defaultLanguage", "The default language must be one of the supported languages.");
        Check(p.BaseCurrency == Currency.VND.Code, "baseCurrency", "Prices are kept in VND.");
        Check(p.DisplayCurrencies.All(c => CurrencyPattern().IsMatch(c.Code) && c.RatePerBaseUnit > 0), "displayCurrencies", "Each display currency needs an ISO code (e.g. USD) and a positive rate.");
        // A code Money does not know has no known minor unit: refused rather than shown with a guess.
        if (!errors.ContainsKey("displayCurrencies"))
            Check(p.DisplayCurrencies.All(c => Currency.TryOf(c.Code, out _)), "displayCurrencies",
                $"Display currencies are among {string.Join(", ", Currency.All.Select(c => c.Code).Order(StringComparer.Ordinal))}.");
        Check(p.DisplayCurrencies.All(c => c.SetOn != default), "displayCurrencies", "Each rate needs the date it was set.");
        Check(p.DisplayCurrencies.Select(c => c.Code).Distinct().Count() == p.DisplayCurrencies.Count, "displayCurrencies", "A currency is listed twice.");
        Check(p.HostNames.All(h => HostPattern().IsMatch(h)), "hostNames", "Host names must be plain lower-case domain names such as battrang.vn.");
        Check(p.Province is null || Contracts.Province.Find(p.Province) is not null, "province",
            $"Choose one of Vietnam's 34 provinces and cities by its code: {string.Join(", ", Contracts.Province.All.Select(x => x.Code))}.");
        Check(p.Craft is null || Contracts.Craft.Find(p.Craft) is not null, "craft",
            $"Choose a craft by its code: {string.Join(", ", Contracts.Craft.All.Select(x => x.Code))}.");
        Check(p.ExportDeskEmail is null || p.ExportDeskEmail.Contains('@', StringComparison.Ordinal), "exportDeskEmail", "That is not an e-mail address.");

        Check(!string.IsNullOrWhiteSpace(b.BrandName) && b.BrandName.Length <= 120, "brandName", "The brand name is required (at most 120 characters).");
        Check(b.Tagline.Length <= 200, "tagline", "The tagline is at most 200 characters.");
        Check(SlugPattern().IsMatch(b.ThemeName), "themeName", "Theme names are lower-case, e.g. base or bat-trang.");
        foreach (var (field, value) in new[] { ("primaryColor", b.PrimaryColor), ("accentColor", b.AccentColor), ("backgroundColor", b.BackgroundColor), ("textColor", b.TextColor) })
            Check(ColorPattern().IsMatch(value ?? ""), field, "Colours are written #rrggbb.");
        // Contrast only once every colour parses: a bad colour already has its own message.
        if (!errors.Keys.Any(k => k.EndsWith("Color", StringComparison.Ordinal)))
            foreach (var (field, messages) in BrandContrast.Problems(b)) errors[field] = messages;
        Check(FontPattern().IsMatch(b.HeadingFont ?? ""), "headingFont", "Font names may hold letters, digits, spaces, commas, quotes and hyphens.");
        Check(FontPattern().IsMatch(b.BodyFont ?? ""), "bodyFont", "Font names may hold letters, digits, spaces, commas, quotes and hyphens.");
        // Pages allow images from this site only (CSP img-src 'self'), so a logo is a site path.
        Check(b.LogoUrl is null || (b.LogoUrl.StartsWith('/') && !b.LogoUrl.StartsWith("//", StringComparison.Ordinal) && !b.LogoUrl.Contains('"', StringComparison.Ordinal)),
            "logoUrl", "The logo must be a path on this site, such as /themes/bat-trang/logo.svg.");

        return errors.Count == 0 ? null : Error.Validation(errors);
    }
}
