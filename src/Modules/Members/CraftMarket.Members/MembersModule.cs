using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Members;

public static class MembersModule
{
    public static WebApplicationBuilder AddMembersModule(this WebApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapMembersModule(this IEndpointRouteBuilder app) => app;
}
