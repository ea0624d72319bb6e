using CraftMarket.Notifications.Contracts;
using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Features.Centre;
using CraftMarket.Notifications.Features.Channels;
using CraftMarket.Notifications.Features.Inbox;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications;

/// <summary>
/// One notification centre for every module (ADR 0064): events become notifications through templates
/// per language, delivered by channel (SMS, e-mail, in-app, Zalo ZNS) with each person's preferences,
/// quiet hours for households and digests for staff, retried through the outbox, logged per message.
/// Each feature folder registers and maps itself (its <c>*Part</c>).
/// </summary>
public static class NotificationsModule
{
    public static WebApplicationBuilder AddNotificationsModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(NotificationsModule).Assembly);
        services.AddModuleDb<NotificationsDb, SqliteNotificationsDb, PostgresNotificationsDb>(settings.Database, NotificationsDb.SchemaName);
        services.AddOutbox<NotificationsDb>(settings.Role);
        services.AddIntegrationEvent<NotificationRequested>();

        CentrePart.Add(services);
        ChannelsPart.Add(services);
        InboxPart.Add(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapNotificationsModule(this IEndpointRouteBuilder app)
    {
        CentrePart.Map(app);
        ChannelsPart.Map(app);
        InboxPart.Map(app);
        return app;
    }
}
