using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Insight.Features.Audit;

/// <summary>Who did what and when across the modules: the audit trail, its page, filters and CSV.</summary>
internal static class AuditPart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
