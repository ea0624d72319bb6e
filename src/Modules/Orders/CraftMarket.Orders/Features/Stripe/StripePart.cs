using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>Card payments through Stripe Checkout for the deposit and the balance, the verified webhook processed once through the inbox, refunds.</summary>
internal static class StripePart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
