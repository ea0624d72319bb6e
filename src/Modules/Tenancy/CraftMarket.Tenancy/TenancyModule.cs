using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
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
        services.AddModuleDb<TenancyDb, SqliteTenancyDb, PostgresTenancyDb>(settings.Database, TenancyDb.SchemaName);
        services.AddOutbox<TenancyDb>(settings.Role);
        services.AddIntegrationEvent<TenantCreated>();
        services.AddIntegrationEventHandler<TenantChanged, RefreshCacheOnTenantChanged>();

        services.AddSingleton<TenantCache>();
        services.AddSingleton<ITenantDirectory>(sp => sp.GetRequiredService<TenantCache>());
        services.AddSingleton<TenantResolver>();
        services.AddScoped<TenantChanges>();
        services.AddScoped<ManageTenants>();
        services.AddScoped<EditBrand>();
        services.AddScoped<IDemoDataSeeder, TenancyDemoSeeder>();
        return builder;
    }

    /// <summary>Before routing: every later component sees the request's tenant.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();

    public static IEndpointRouteBuilder MapTenancyModule(this IEndpointRouteBuilder app)
    {
        app.MapTenantAdministration();
        EditBrand.Map(app);
        return app;
    }
}
