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

/// <summary>
/// An event about one thing (a product, a member, an order) whose messages must reach consumers in the order they
/// happened: the outbox never delivers two messages with the same key side by side or out of order, on any number of
/// workers, and a failing one holds the later ones back (ADR 0075). Implement it explicitly so the key stays out of
/// the payload: <c>string IAggregateEvent.AggregateKey => Aggregate.Key("product", ProductId.Value);</c>
/// </summary>
public interface IAggregateEvent : IIntegrationEvent
{
    string AggregateKey { get; }
}

public static class Aggregate
{
    /// <summary>"kind:id", the same for every event about that thing within one module's outbox.</summary>
    public static string Key(string kind, Guid id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}:{id}");
}

/// <summary>Consumes one kind of integration event. Must be idempotent: delivery is at least once.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task Handle(TEvent @event, CancellationToken ct);
}

/// <summary>
/// Consumes many events of one kind at once, for consumers whose work is cheaper in bulk (one index
/// commit, one SaveChanges for a thousand rows). The dispatcher hands over due messages of the same
/// kind in order of occurrence; the whole batch must be idempotent, since a failure or crash means
/// its messages are delivered again (one by one, through <see cref="IIntegrationEventHandler{TEvent}"/>
/// when the consumer implements it too, so one bad message cannot hold up the rest).
/// </summary>
public interface IIntegrationEventBatchHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleBatch(IReadOnlyList<TEvent> events, CancellationToken ct);
}
