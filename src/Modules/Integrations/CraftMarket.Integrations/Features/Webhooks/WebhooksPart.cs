using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>Endpoints an association registers, the events they follow, signed deliveries with retries, the log, replay and automatic disabling.</summary>
internal static class WebhooksPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration("CraftMarket:Webhooks");
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<EndpointUrl>();
        services.AddScoped<WebhookAdmin>();
        services.AddScoped<WebhookSender>();
        WebhookHttp.Add(services);
        services.AddIntegrationEventHandler<InquiryChanged, WebhookFanOut>();
        services.AddIntegrationEventHandler<QuoteAccepted, WebhookFanOut>();
        services.AddIntegrationEventHandler<OrderChanged, WebhookFanOut>();
        services.AddIntegrationEventHandler<WorkOrderChanged, WebhookFanOut>();
        services.AddIntegrationEventHandler<CertificateChanged, WebhookFanOut>();
        services.AddIntegrationEventHandler<LabelBatchRevoked, WebhookFanOut>();
        services.AddIntegrationEventHandler<ProductPublished, WebhookFanOut>();
        services.AddIntegrationEventHandler<ProductWithdrawn, WebhookFanOut>();
        services.AddSingleton<WebhookWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookWorker>());
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Webhooks", "~/admin/integrations/webhooks", 1900,
            NavigationAudience.AssociationAdmin));
    }

    public static void Map(IEndpointRouteBuilder app) => WebhookApi.Map(app);
}
