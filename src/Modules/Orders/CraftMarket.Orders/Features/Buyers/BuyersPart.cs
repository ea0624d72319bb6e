using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>The buyer's order pages (/account/orders, /account/orders/{id}): state, timeline, what is due, how to pay (card when Stripe is configured, bank transfer details and reference), documents.</summary>
internal static class BuyersPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
