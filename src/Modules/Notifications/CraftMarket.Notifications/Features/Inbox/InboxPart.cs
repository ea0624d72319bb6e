using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>In-app: the bell with the unread count on every signed-in page, the list, mark as read, and each person's preferences page.</summary>
internal static class InboxPart
{
    public static void Add(IServiceCollection services) { }

    public static void Map(IEndpointRouteBuilder app) { }
}
