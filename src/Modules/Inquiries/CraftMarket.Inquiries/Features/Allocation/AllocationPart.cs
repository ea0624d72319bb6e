using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Allocation;

/// <summary>The allocation engine (who makes how many, by capacity and fairness) and the desk's proposal and edits: POST/PUT /api/inquiries/{id}/allocation.</summary>
internal static class AllocationPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<CapacityRead>();
        services.AddScoped<AllocationDesk>();
    }

    public static void Map(IEndpointRouteBuilder app) => AllocationEndpoints.Map(app);
}
