using CraftMarket.Integrations.Contracts;
using CraftMarket.Integrations.Data;
using CraftMarket.Integrations.Features.Webhooks;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Integrations;

/// <summary>
/// Letting other systems follow an association: webhooks to the HTTPS endpoints it registers, signed
/// to the Standard Webhooks specification, retried, logged, replayable, disabled after a run of
/// failures. (Personal API tokens live in Identity, which owns sign-in.) Each feature folder registers
/// and maps itself (its <c>*Part</c>).
/// </summary>
public static class IntegrationsModule
{
    public static WebApplicationBuilder AddIntegrationsModule(this WebApplicationBuilder builder)
    {
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;
        services.AddModulePages(typeof(IntegrationsModule).Assembly);
        services.AddModuleDb<IntegrationsDb, SqliteIntegrationsDb, PostgresIntegrationsDb>(settings.Database, IntegrationsDb.SchemaName);
        services.AddOutbox<IntegrationsDb>(settings.Role);
        services.AddIntegrationEvent<WebhookEndpointDisabled>();

        WebhooksPart.Add(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapIntegrationsModule(this IEndpointRouteBuilder app)
    {
        WebhooksPart.Map(app);
        return app;
    }
}
