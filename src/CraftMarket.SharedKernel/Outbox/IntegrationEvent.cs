namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// A fact one module publishes for others. Events that concern a tenant carry its id so that
/// consumers can set the tenant context from the message, never from ambient state.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
}

/// <summary>Consumes one kind of integration event. Must be idempotent: delivery is at least once.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task Handle(TEvent @event, CancellationToken ct);
}
