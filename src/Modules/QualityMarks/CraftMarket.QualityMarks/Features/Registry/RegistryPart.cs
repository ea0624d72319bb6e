using CraftMarket.QualityMarks.Features.Labels;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>The public registry per village and across villages, the certificate PDF and the label sheets.</summary>
internal static class RegistryPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<LabelSheets>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        LabelSheetEndpoint.Map(app);
    }
}
