using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Hosting;

public static class ModulePages
{
    /// <summary>
    /// Registers a module's Razor pages explicitly. The SDK lists a host's Razor class libraries at
    /// build time, but an incremental build does not refresh that list when a referenced module
    /// gains its first page (every page of it then 404s); adding the part here, once, makes page
    /// discovery independent of build state.
    /// </summary>
    public static IServiceCollection AddModulePages(this IServiceCollection services, Assembly module)
    {
        services.AddRazorPages().ConfigureApplicationPartManager(parts =>
        {
            if (parts.ApplicationParts.Any(p => p.Name == module.GetName().Name)) return;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(module).GetApplicationParts(module))
                parts.ApplicationParts.Add(part);
        });
        return services;
    }
}
