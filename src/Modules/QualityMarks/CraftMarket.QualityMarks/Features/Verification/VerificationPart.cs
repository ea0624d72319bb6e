using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>Public verification of item codes (page and API), the private scan log, clone detection and the suspect-code list.</summary>
internal static class VerificationPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
