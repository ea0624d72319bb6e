using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>Households' work orders on the phone (progress, ready, problems, photos) and the desk's view of an order's work, late first (ADR 0060).</summary>
internal static class WorkOrdersPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<WorkOrderAccess>();
        services.AddScoped<WorkOrderReads>();
        services.AddScoped<ReportProgress>();
        services.AddScoped<ClearProblem>();
        services.AddScoped<WorkOrderPhotos>();
        services.AddIntegrationEventHandler<WorkOrderChanged, WorkOrderTexts>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Account, "Việc của tôi", "~/account/work-orders", 1470, NavigationAudience.Producer)
            { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app) => WorkOrderEndpoints.Map(app);
}
