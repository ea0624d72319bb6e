using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>Maps the type name stored in an outbox row back to the event's CLR type, for every declared event.</summary>
public sealed class IntegrationEventRegistry(IEnumerable<IntegrationEventType> declared)
{
    private readonly Dictionary<string, Type> byName = declared.DistinctBy(t => t.Type).ToDictionary(t => t.Type.FullName!, t => t.Type, StringComparer.Ordinal);

    public Type? Find(string typeName) => byName.GetValueOrDefault(typeName);
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

    /// <summary>Declares an event a module publishes, so dispatchers can read it even with no consumer yet.</summary>
    public static IServiceCollection AddIntegrationEvent<TEvent>(this IServiceCollection services) where TEvent : IIntegrationEvent
    {
        services.TryAddSingleton<IntegrationEventRegistry>();
        services.AddSingleton(new IntegrationEventType(typeof(TEvent)));
        return services;
    }
}

public sealed record IntegrationEventType(Type Type);
