using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>Quality control per work order: ISO 2859-1 sampling plans, defects by type, outcome with quantities, rework loop, member payable on acceptance (ADR 0058).</summary>
internal static class InspectionsPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<InspectLot>();
        services.AddScoped<InspectionReads>();
        services.AddScoped<InspectionPhotos>();
        services.AddIntegrationEventHandler<InspectionNotice, InspectionNoticeConsumer>();
        // Inspectors read it in Vietnamese, whatever the page language (the desk and the admin see it too).
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Kiểm hàng", "~/admin/inspections", 1270, NavigationAudience.AssociationStaff)
            { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/work-orders").WithTags("Inspections")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Inspector, ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        InspectionEndpoints.MapStaff(staff);

        var shared = app.MapGroup("/api/work-orders").WithTags("Inspections")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.Producer))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        InspectionEndpoints.MapShared(shared);
    }
}
