using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.FileProviders;

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

    /// <summary>Serves only each theme's wwwroot, at /themes/{name}/..., never its manifest or views.</summary>
    public static WebApplication UseThemes(this WebApplication app)
    {
        var registry = app.Services.GetRequiredService<ThemeRegistry>();
        foreach (var name in registry.Names)
        {
            var wwwroot = Path.Combine(registry.Root, name, "wwwroot");
            if (!Directory.Exists(wwwroot)) continue;
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(wwwroot),
                RequestPath = $"/themes/{name}",
                OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=3600",
            });
        }
        return app;
    }
}
