using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>
/// Hands an event to every module's consumers as the outbox dispatcher does: a fresh scope per
/// delivery, the village's tenant set for a village's event (other modules' consumers, such as
/// Insight's read models, write under it).
/// </summary>
internal static class EventDelivery
{
    public static async Task DeliverAsync<TEvent>(IServiceProvider services, TEvent @event) where TEvent : IIntegrationEvent
    {
        await using var scope = services.CreateAsyncScope();
        if (@event is ITenantEvent tenantEvent)
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantEvent.TenantId,
                scope.ServiceProvider.GetService<ITenantSlugs>()?.SlugOf(tenantEvent.TenantId) ?? "");
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
            await handler.Handle(@event, CancellationToken.None);
    }
}
