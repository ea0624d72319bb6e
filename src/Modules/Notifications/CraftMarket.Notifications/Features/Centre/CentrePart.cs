using CraftMarket.Inquiries.Contracts;
using CraftMarket.Integrations.Contracts;
using CraftMarket.Notifications.Contracts;
using CraftMarket.Notifications.Features.Centre.Consumers;
using CraftMarket.Notifications.Features.Channels;
using CraftMarket.Notifications.Features.Channels.Email;
using CraftMarket.Notifications.Features.Channels.Sms;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>Events of every module become notifications: recipients, templates per language, preferences, quiet hours, digests, delivery with retries and the delivery log.</summary>
internal static class CentrePart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Recipients>();
        services.AddScoped<NotificationCentre>();
        services.AddScoped<Told>();
        services.AddScoped<DeliveryLog>();
        // The SMS and e-mail channels (the inbox part adds Zalo); in-app needs none: the notification is the message.
        services.AddScoped<INotificationChannel, SmsChannel>();
        services.AddScoped<INotificationChannel, EmailChannel>();

        services.AddIntegrationEventHandler<InquiryChanged, InquiryNotices>();
        services.AddIntegrationEventHandler<QuoteAccepted, InquiryNotices>();
        services.AddIntegrationEventHandler<OrderChanged, OrderNotices>();
        services.AddIntegrationEventHandler<WorkOrderChanged, OrderNotices>();
        services.AddIntegrationEventHandler<WorkOrderInspected, OrderNotices>();
        services.AddIntegrationEventHandler<MemberPaid, OrderNotices>();
        services.AddIntegrationEventHandler<CertificateChanged, AdminNotices>();
        services.AddIntegrationEventHandler<LabelBatchRevoked, AdminNotices>();
        services.AddIntegrationEventHandler<WebhookEndpointDisabled, AdminNotices>();
        services.AddIntegrationEventHandler<NotificationRequested, RequestedNotices>();
        services.AddIntegrationEventHandler<DeliveryDue, DeliverySender>();

        services.AddSingleton<HeldDeliveries>();
        services.AddSingleton<DailyDigest>();
        services.AddOptions<CentreOptions>().BindConfiguration("CraftMarket:Notifications");
        services.AddHostedService<CentreJobs>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Nhật ký thông báo", "~/admin/notifications", 1900,
            NavigationAudience.AssociationAdmin) { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app) => DeliveryLog.Map(app);
}
