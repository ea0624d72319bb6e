using CraftMarket.Notifications.Features.Channels;
using CraftMarket.Notifications.Features.Channels.Zalo;
using CraftMarket.SharedKernel.Caching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Inbox;

/// <summary>
/// In-app: the bell with the unread count on every signed-in page (personal part
/// "notifications-unread", shown by the host's layout), the list (/account/notifications), mark as
/// read, each person's preferences page, their API; and the Zalo ZNS channel (off unless configured).
/// No menu link: the bell is the link.
/// </summary>
internal static class InboxPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<PersonalInbox>();
        services.AddScoped<Preferences>();
        services.AddSingleton<IPersonalPart, UnreadBell>();

        services.AddOptions<ZaloSettings>().BindConfiguration(ZaloSettings.Section);
        services.AddHttpClient<ZaloChannel>();
        services.AddTransient<INotificationChannel>(sp => sp.GetRequiredService<ZaloChannel>());
    }

    public static void Map(IEndpointRouteBuilder app) => InboxEndpoints.Map(app);
}
