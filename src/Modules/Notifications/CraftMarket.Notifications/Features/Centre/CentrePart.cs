using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>Events of every module become notifications: recipients, templates per language, preferences, quiet hours, digests, delivery with retries and the delivery log.</summary>
internal static class CentrePart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
