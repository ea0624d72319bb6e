using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>Quality control per work order: ISO 2859-1 sampling plans, defects by type, outcome with quantities, rework loop, member payable on acceptance.</summary>
internal static class InspectionsPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
