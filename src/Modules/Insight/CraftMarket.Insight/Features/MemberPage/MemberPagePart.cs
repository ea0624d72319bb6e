using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.MemberPage;

/// <summary>A member's own page on the phone, in Vietnamese: work received, earned, paid, defects, against the village average.</summary>
internal static class MemberPagePart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
