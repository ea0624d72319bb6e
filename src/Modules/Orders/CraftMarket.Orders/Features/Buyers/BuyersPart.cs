using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>
/// The buyer's order pages (/account/orders, /account/orders/{id}): state as steps, what is due now,
/// how to pay (card when Stripe is configured, bank transfer details with the order number as the
/// reference), documents, timeline; and the e-mails that tell the buyer of each change (ADR 0061).
/// </summary>
internal static class BuyersPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<BuyerOrderReads>();
        services.AddSingleton<BuyerOrderLinks>();
        services.AddSingleton<OrderMails>();
        services.AddIntegrationEventHandler<OrderChanged, OrderChangedMailer>();
        // Orders live on their village's site: the link shows there, to buyers only.
        services.AddNavigation(new NavigationEntry(NavigationArea.Account, "My orders", "~/account/orders", 460, NavigationAudience.Buyer));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // Pages only: the buyer's API (GET /api/orders/mine, /api/orders/{id}) belongs to the orders part.
    }
}
