using CraftMarket.QualityMarks.Features.OtherCertificates;
using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>Mark schemes and their versioned criteria, the mark image, and members' other certificates (ISO, fair trade...).</summary>
internal static class SchemesPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SchemeEditor>();
        services.AddScoped<MarkImage>();
        services.AddScoped<OtherCertificateEditor>();
        services.AddScoped<OtherCertificateDocument>();
        // Staff pages are Vietnamese (ADR 0025's staff set); the links read as the pages do.
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Admin, "Dấu chất lượng", "~/admin/quality/schemes", 1300, NavigationAudience.AssociationAdmin) { TextLanguage = "vi" },
            new NavigationEntry(NavigationArea.Admin, "Chứng nhận khác", "~/admin/quality/other-certificates", 1310, NavigationAudience.AssociationStaff) { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        SchemeEndpoints.Map(app);
        OtherCertificateEndpoints.Map(app);
    }
}
