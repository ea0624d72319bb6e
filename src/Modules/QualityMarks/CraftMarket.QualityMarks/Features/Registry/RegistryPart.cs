using CraftMarket.QualityMarks.Features.Labels;
using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>The public registry per village and across villages, the certificate PDF and the label sheets.</summary>
internal static class RegistryPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<LabelSheets>();
        services.AddScoped<VillageRegistry>();
        services.AddScoped<RegistryQuery>();
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Storefront, "Quality registry", "~/registry", 250, NavigationAudience.Everyone),
            new NavigationEntry(NavigationArea.Platform, "Quality registry", "~/registry", 250, NavigationAudience.Everyone));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        LabelSheetEndpoint.Map(app);
        RegistryEndpoints.Map(app);
    }
}
