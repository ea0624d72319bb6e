using Microsoft.AspNetCore.Mvc.Razor;

namespace CraftMarket.Web.Theming;

/// <summary>
/// Lets a theme override any layout or partial by name: <c>themes/{name}/Views/Shared/{view}.cshtml</c>,
/// searched child theme first, then up the baseTheme chain, then the module's own locations. The
/// theme comes from the <see cref="ThemeFeature"/> that middleware resolved once for the request;
/// only its name enters the view cache key, and the chain is a lookup in memory (no I/O, no waiting).
/// Theme views are compiled into this assembly (see CraftMarket.Web.csproj). See docs/adr/0011-theme-views.md.
/// </summary>
internal sealed class ThemeViewLocations(ThemeRegistry registry) : IViewLocationExpander
{
    private const string Key = "theme";

    public void PopulateValues(ViewLocationExpanderContext context) =>
        context.Values[Key] = context.ActionContext.HttpContext.Features.Get<ThemeFeature>()?.Name;

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        context.Values.TryGetValue(Key, out var name);
        var chain = registry.ChainFor(name);
        for (var i = chain.Count - 1; i >= 0; i--)
            yield return $"/themes/{chain[i].Name}/Views/Shared/{{0}}.cshtml";
        foreach (var location in viewLocations) yield return location;
    }
}
