using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Web.Theming;

/// <summary>The request's theme chain and brand, resolved once per request before any page renders.</summary>
internal sealed record ThemeFeature(IReadOnlyList<ThemeManifest> Chain, ResolvedTenant? Tenant)
{
    /// <summary>The theme itself (the chain's last link), or null when no theme is installed.</summary>
    public string? Name => Chain.Count > 0 ? Chain[^1].Name : null;

    public IEnumerable<string> StylesheetUrls =>
        Chain.SelectMany(t => t.Stylesheets.Select(s => $"/themes/{t.Name}/{s}"));
}

internal sealed class ThemeResolutionMiddleware(RequestDelegate next, ThemeRegistry themes)
{
    public Task InvokeAsync(HttpContext context)
    {
        var tenant = context.Features.Get<TenantResolution>()?.Tenant;
        context.Features.Set(new ThemeFeature(themes.ChainFor(tenant?.ThemeName), tenant));
        return next(context);
    }
}
