using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Schemes;

/// <summary>Mark schemes and their versioned criteria, the mark image, and members' other certificates (ISO, fair trade...).</summary>
internal static class SchemesPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
