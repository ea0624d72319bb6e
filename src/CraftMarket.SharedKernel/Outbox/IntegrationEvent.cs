using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// A fact one module publishes for others. Declared with <see cref="EventNameAttribute"/>; events
/// that concern one association implement <see cref="ITenantEvent"/>.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
}

/// <summary>
/// An event about one association. The dispatcher sets the consumer scope's tenant from it before
/// the consumer is created, so consumers never set (or forget to set) the tenant themselves.
/// </summary>
public interface ITenantEvent : IIntegrationEvent
{
    TenantId TenantId { get; }
}

/// <summary>Consumes one kind of integration event. Must be idempotent: delivery is at least once.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task Handle(TEvent @event, CancellationToken ct);
}
