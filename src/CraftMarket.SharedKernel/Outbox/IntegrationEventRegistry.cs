using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// Maps the name and version stored in an outbox row to the event's CLR type, for every declared
/// event. Filled while services are registered, so an event without a name, or two types claiming
/// one name and version, stop the process at start instead of misdelivering later.
/// </summary>
public sealed class IntegrationEventRegistry
{
    private readonly Dictionary<EventName, Type> byName = [];

    public Type? Find(string name, int version) => byName.GetValueOrDefault(new EventName(name, version));

    public IReadOnlyCollection<EventName> Names => byName.Keys;

    public void Declare(Type eventType)
    {
        if (!typeof(IIntegrationEvent).IsAssignableFrom(eventType))
            throw new InvalidOperationException($"{eventType.FullName} is not an integration event.");
        var name = EventName.Of(eventType);
        if (byName.TryGetValue(name, out var existing) && existing != eventType)
            throw new InvalidOperationException(
                $"Integration events {existing.FullName} and {eventType.FullName} both claim {name}: give one of them a new name or version.");
        byName[name] = eventType;
    }

    /// <summary>The one registry of a service collection, created with the first declaration.</summary>
    internal static IntegrationEventRegistry In(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(IntegrationEventRegistry))?.ImplementationInstance is IntegrationEventRegistry known)
            return known;
        var registry = new IntegrationEventRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}

public static class IntegrationEventServiceCollectionExtensions
{
    /// <summary>Subscribes a consumer. The event type becomes known to every dispatcher.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddIntegrationEvent<TEvent>();
        services.AddScoped<IIntegrationEventHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>
    /// Subscribes a consumer that takes events in batches (ADR 0075). A class subscribed both ways is one consumer: it
    /// gets batches, and single events when a failed batch is delivered again one by one.
    /// </summary>
    public static IServiceCollection AddIntegrationEventBatchHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent where THandler : class, IIntegrationEventBatchHandler<TEvent>
    {
        services.AddIntegrationEvent<TEvent>();
        services.AddScoped<IIntegrationEventBatchHandler<TEvent>, THandler>();
        return services;
    }

    /// <summary>Declares an event a module publishes, so dispatchers can read it even with no consumer yet.</summary>
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services) where TEvent : IIntegrationEvent
    {
        IntegrationEventRegistry.In(services).Declare(typeof(TEvent));
        return services;
    }
}
