using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Channels;

/// <summary>The channels behind one interface: SMS (the gateway), e-mail (SMTP), in-app, and the Zalo ZNS adapter.</summary>
internal static class ChannelsPart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
