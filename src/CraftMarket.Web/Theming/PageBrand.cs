using System.Globalization;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Theming;

/// <summary>What the layout needs to brand a page: the tenant, its tokens as CSS, its theme stylesheets.</summary>
internal sealed class PageBrand(IHttpContextAccessor accessor, ITenantContext current, ITenantDirectory directory)
{
    private static readonly BrandTokens PlatformTokens = new("#2f5d50", "#c8963e", "#fbf8f3", "#1f1f1f", "Georgia, serif", "system-ui, sans-serif", null);

    private HttpContext Http => accessor.HttpContext!;
    public ThemeFeature Theme => Http.Features.Get<ThemeFeature>() ?? new ThemeFeature([]);
    private ResolvedTenant? Tenant => directory.SettingsOf(current);
    public string BrandName => Tenant?.BrandName ?? "CraftMarket";
    public string Language => CraftMarket.SharedKernel.Localization.RequestLanguage.Of(Http).Code;

    /// <summary>Slugs are validated [a-z0-9-], so they are safe to write raw; the platform host gets no attribute.</summary>
    public string TenantAttribute => Tenant is null ? "" : $"data-tenant=\"{Tenant.Slug}\"";

    /// <summary>Tokens were validated on save (hex colours, safe font names), so they can go straight into CSS.</summary>
    public string CssVariables
    {
        get
        {
            var t = Tenant?.Brand ?? PlatformTokens;
            return string.Create(CultureInfo.InvariantCulture,
                $":root{{--brand-primary:{t.PrimaryColor};--brand-accent:{t.AccentColor};--brand-background:{t.BackgroundColor};--brand-text:{t.TextColor};--font-heading:{t.HeadingFont};--font-body:{t.BodyFont}}}");
        }
    }
}

/// <summary>Links to a village: its subdomain when we are on the platform's base domain, else the path form.</summary>
internal sealed class TenantLinks(IHttpContextAccessor accessor, TenantAddressing addressing)
{
    public string HomeOf(ResolvedTenant tenant)
    {
        var request = accessor.HttpContext!.Request;
        var o = addressing;
        return string.Equals(request.Host.Host, o.BaseDomain, StringComparison.OrdinalIgnoreCase)
            ? $"{request.Scheme}://{tenant.Slug}.{request.Host}/"
            : $"{request.PathBase}/{o.PathPrefix}/{tenant.Slug}/";
    }
}
