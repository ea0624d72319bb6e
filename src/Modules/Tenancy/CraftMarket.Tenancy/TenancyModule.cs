using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
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

        services.AddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantCache>());
        services.AddSingleton<ITenantSlugs, DirectorySlugs>();
        services.AddSingleton<TenantResolver>();
        services.AddScoped<TenantChanges>();
        services.AddScoped<ManageTenants>();
        services.AddScoped<EditBrand>();
        services.AddScoped<BrandLogo>();
        services.AddScoped<EditStory>();
        services.AddScoped<IDemoDataSeeder, TenancyDemoSeeder>();
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
