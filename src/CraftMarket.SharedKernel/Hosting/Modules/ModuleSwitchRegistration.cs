using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Hosting.Modules;

public static class ModuleSwitchRegistration
{
    /// <summary>
    /// Declares <paramref name="module"/> switchable: the platform admin may turn it off per
    /// association, and then every page under <paramref name="pageFolders"/> ("/Search") answers 404.
    /// The module's API groups are marked with <see cref="RequireModule{TBuilder}"/>.
    /// </summary>
    public static IServiceCollection AddSwitchableModule(this IServiceCollection services, SwitchableModule module, params string[] pageFolders)
    {
        services.AddSingleton(module);
        services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var folder in pageFolders)
                o.Conventions.AddFolderApplicationModelConvention(folder, page => page.EndpointMetadata.Add(module));
        });
        return services;
    }

    /// <summary>Marks endpoints (usually a module's route group) as part of a switchable module: 404 where it is off.</summary>
    public static TBuilder RequireModule<TBuilder>(this TBuilder builder, SwitchableModule module) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(module);

    /// <summary>After routing (the endpoint is known) and before the page cache (a cached page must not outlive its module).</summary>
    public static IApplicationBuilder UseModuleSwitches(this IApplicationBuilder app) => app.UseMiddleware<ModuleSwitchMiddleware>();
}
