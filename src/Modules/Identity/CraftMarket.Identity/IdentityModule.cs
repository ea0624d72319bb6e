using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Identity;

public static class IdentityModule
{
    public static WebApplicationBuilder AddIdentityModule(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapIdentityModule(this IEndpointRouteBuilder app) => app;
}
