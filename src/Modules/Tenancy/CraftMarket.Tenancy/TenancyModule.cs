using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using CraftMarket.Tenancy.Features;
using CraftMarket.Tenancy.Features.Brand;
using CraftMarket.Tenancy.Features.Tenants;
using CraftMarket.Tenancy.Resolution;
using CraftMarket.Tenancy.Seed;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Tenancy;

public static class TenancyModule
{
    public static WebApplicationBuilder AddTenancyModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.Configure<TenancyOptions>(builder.Configuration.GetSection("CraftMarket:Tenancy"));
        services.AddModulePages(typeof(TenancyModule).Assembly);
        services.AddModuleDb<TenancyDb, SqliteTenancyDb, PostgresTenancyDb>(settings.Database, TenancyDb.SchemaName);

        services.AddSingleton<TenantCache>();
        // Registered before the outbox worker so consumers in a worker-only process find tenants.
        services.AddHostedService<TenantCacheWarmUp>();
        services.AddOutbox<TenancyDb>(settings.Role);
        services.AddIntegrationEvent<TenantCreated>();
        services.AddIntegrationEvent<TenantChanged>();
        services.AddHostedService<TenantCacheRefresher>();
        services.AddClusterSignalHandler<TenantCacheSignals>();

        services.AddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantCache>());
        services.AddSingleton<ITenantSlugs, DirectorySlugs>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TenancyOptions>>().Value;
            return new TenantAddressing(o.BaseDomain, o.PathPrefix);
        });
        services.AddScoped<IModuleSwitches, CurrentModuleSwitches>();
        services.AddScoped<TenantChanges>();
        services.AddScoped<ManageTenants>();
        services.AddScoped<EditBrand>();
        services.AddScoped<BrandLogo>();
        services.AddScoped<IBrandLogoFiles, BrandLogoFiles>();
        services.AddScoped<EditStory>();
        services.AddScoped<IDemoDataSeeder, TenancyDemoSeeder>();
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Platform, "Associations", "~/admin/tenants", 1000, NavigationAudience.PlatformAdmin),
            new NavigationEntry(NavigationArea.Admin, "Brand", "~/admin/brand", 1200, NavigationAudience.AssociationAdmin));
        return builder;
    }

    /// <summary>Before routing: every later component sees the request's tenant.</summary>
    /// <remarks>Health probes skip it: liveness must not depend on the database or the Host header.</remarks>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), branch => branch.UseMiddleware<TenantResolutionMiddleware>());

    public static IEndpointRouteBuilder MapTenancyModule(this IEndpointRouteBuilder app)
    {
        app.MapTenantAdministration();
        EditBrand.Map(app);
        BrandLogo.Map(app);
        EditStory.Map(app);
        return app;
    }
}
