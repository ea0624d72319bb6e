using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>Signing keys and their rotation, label batches, codes as CSV, revocation, and the published keys and revocation list for offline checks.</summary>
internal static class CodesPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<IssueLabelBatch>();
        services.AddScoped<LabelBatchQueries>();
        services.AddScoped<RevokeCodes>();
        services.AddScoped<CodesCsv>();
        services.AddScoped<PublishedMarks>();
        services.AddSingleton<VillageSite>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Quality labels", "~/admin/quality/labels", 1420, NavigationAudience.AssociationStaff));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        CodesEndpoints.MapKeys(app);
        CodesEndpoints.MapBatches(app);
        CodesEndpoints.MapPublished(app);
    }
}
