using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.Indicators;

/// <summary>Event consumers filling the read models, the indicator arithmetic (IIndicatorReports) and GET /api/association/indicators.</summary>
internal static class IndicatorsPart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
