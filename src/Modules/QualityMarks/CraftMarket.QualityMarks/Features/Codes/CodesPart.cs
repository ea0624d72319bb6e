using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Codes;

/// <summary>Signing keys and their rotation, label batches, codes as CSV, revocation, and the published keys and revocation list for offline checks.</summary>
internal static class CodesPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
