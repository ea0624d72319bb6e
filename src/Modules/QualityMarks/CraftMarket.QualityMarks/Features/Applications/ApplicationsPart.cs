using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Inspections;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>Members' applications (phone, Vietnamese, evidence through Media) and inspections (scheduled with an SMS, recorded on the phone).</summary>
internal static class ApplicationsPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ApplicationAccess>();
        services.AddScoped<ApplicationReads>();
        services.AddScoped<CreateApplicationHandler>();
        services.AddScoped<ApplicationActions>();
        services.AddScoped<EvidenceFiles>();
        services.AddScoped<ScheduleVisit>();
        services.AddScoped<RecordVisit>();
        services.AddScoped<InspectionReads>();
        services.AddScoped<HouseholdQuality>();
        services.AddIntegrationEventHandler<VisitNotice, VisitNoticeConsumer>();
        services.AddNavigation(
            // Households and inspectors read these pages in Vietnamese, whatever the page language.
            new NavigationEntry(NavigationArea.Account, "Dấu chất lượng của tôi", "~/account/quality", 1450, NavigationAudience.Producer) { TextLanguage = "vi" },
            new NavigationEntry(NavigationArea.Admin, "Hồ sơ xin dấu", "~/admin/quality/applications", 1520, NavigationAudience.AssociationStaff) { TextLanguage = "vi" },
            new NavigationEntry(NavigationArea.Admin, "Lịch kiểm tra", "~/admin/quality/inspections", 1530, NavigationAudience.AssociationStaff) { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/quality/applications").WithTags("Quality marks")
            .RequireActor(ActorRequirement.AnyOf(ActorRequirement.Staff, ActorRequirement.Producer))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        CreateApplicationHandler.Map(applications);
        ApplicationReads.Map(applications);
        ApplicationEndpoints.Map(applications);

        var inspections = app.MapGroup("/api/quality/inspections").WithTags("Quality marks")
            .RequireActor(ActorRequirement.Staff)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        InspectionEndpoints.Map(inspections);
    }
}
