using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>Opening orders from QuoteAccepted (work orders, receivable), the state machine's desk moves (ship, deliver, close, cancel with refund rules), the timeline, the desk's order pages and the API reads, buyer e-mails from OrderChanged.</summary>
internal static class OrdersPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
