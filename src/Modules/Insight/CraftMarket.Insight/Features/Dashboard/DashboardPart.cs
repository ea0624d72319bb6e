using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.Dashboard;

/// <summary>The association's dashboard (server-rendered SVG charts, data tables, CSV) and the platform's villages side by side.</summary>
internal static class DashboardPart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
