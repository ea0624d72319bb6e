using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Applications;

/// <summary>Members' applications (phone, Vietnamese, evidence through Media) and inspections (scheduled with an SMS, recorded on the phone).</summary>
internal static class ApplicationsPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
