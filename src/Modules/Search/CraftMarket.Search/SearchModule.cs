using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Search;

/// <summary>Placeholder wiring; filled in by the module's own issue.</summary>
public static class SearchModule
{
    public static WebApplicationBuilder AddSearchModule(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapSearchModule(this IEndpointRouteBuilder app) => app;
}
