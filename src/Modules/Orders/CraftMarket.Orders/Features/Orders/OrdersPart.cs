using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>Opening orders from QuoteAccepted (work orders, receivable), the state machine's desk moves (ship, deliver, close, cancel with refund rules), the timeline, the desk's order pages and the API reads.</summary>
internal static class OrdersPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddIntegrationEventHandler<QuoteAccepted, QuoteAcceptedConsumer>();
        services.AddScoped<OrderReads>();
        services.AddScoped<DeskMoves>();
        // Staff pages are Vietnamese; the link reads as the pages do.
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Đơn hàng", "~/admin/orders", 1260, NavigationAudience.ExportDesk)
        {
            TextLanguage = "vi",
        });
    }

    public static void Map(IEndpointRouteBuilder app) => OrderEndpoints.Map(app);
}
