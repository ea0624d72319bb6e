using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Tenancy;

public static class TenancyModule
{
    public static WebApplicationBuilder AddTenancyModule(this WebApplicationBuilder builder) => builder;

    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) => app;

    public static IEndpointRouteBuilder MapTenancyModule(this IEndpointRouteBuilder app) => app;
}
