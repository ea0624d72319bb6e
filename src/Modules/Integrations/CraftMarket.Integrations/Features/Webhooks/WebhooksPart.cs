using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>Endpoints an association registers, the events they follow, signed deliveries with retries, the log, replay and automatic disabling.</summary>
internal static class WebhooksPart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
