using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>Households' work orders on the phone (progress, ready, problems, photos) and the desk's view of an order's work, late first.</summary>
internal static class WorkOrdersPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
