using Microsoft.AspNetCore.Mvc.Razor;

namespace CraftMarket.Web.Theming;

internal static class ThemingExtensions
{
    public static IServiceCollection AddThemes(this IServiceCollection services, IWebHostEnvironment env)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "themes");
        if (!Directory.Exists(root)) root = Path.GetFullPath(Path.Combine(env.ContentRootPath, "..", "..", "themes"));
        var registry = new ThemeRegistry(root);
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new ThemeViewLocations(registry)));
        return services.AddSingleton(registry);
    }
}
