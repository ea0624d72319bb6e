using CraftMarket.Tenancy.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Theming;

/// <summary>The request's theme chain, resolved once per request before any page renders.</summary>
internal sealed record ThemeFeature(IReadOnlyList<ThemeManifest> Chain)
{
    /// <summary>The theme itself (the chain's last link), or null when no theme is installed.</summary>
    public string? Name => Chain.Count > 0 ? Chain[^1].Name : null;

    public IEnumerable<string> StylesheetUrls =>
        Chain.SelectMany(t => t.Stylesheets.Select(s => $"/themes/{t.Name}/{s}"));
}

internal sealed class ThemeResolutionMiddleware(RequestDelegate next, ThemeRegistry themes, ITenantDirectory directory)
{
    public Task InvokeAsync(HttpContext context, ITenantContext tenant)
    {
        context.Features.Set(new ThemeFeature(themes.ChainFor(directory.SettingsOf(tenant)?.ThemeName)));
        return next(context);
    }
}
