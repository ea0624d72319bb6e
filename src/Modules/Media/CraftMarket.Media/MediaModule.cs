using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Media;

/// <summary>Placeholder wiring; filled in by the module's own issue.</summary>
public static class MediaModule
{
    public static WebApplicationBuilder AddMediaModule(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapMediaModule(this IEndpointRouteBuilder app) => app;
}
