using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Catalogue;

/// <summary>Placeholder wiring; filled in by the module's own issue.</summary>
public static class CatalogueModule
{
    public static WebApplicationBuilder AddCatalogueModule(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapCatalogueModule(this IEndpointRouteBuilder app) => app;
}
