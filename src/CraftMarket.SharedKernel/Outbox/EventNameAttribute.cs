using System.Collections.Concurrent;
using System.Reflection;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// The name and version an integration event travels under, stored in the outbox instead of the
/// CLR type's full name, so the type can be renamed or moved to the module that owns it without
/// stranding stored messages. Names are "module.event-in-kebab-case"; a new version is a new
/// payload shape, never a changed meaning of the old one.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public int Version { get; init; } = 1;
}

/// <summary>An event's wire identity: what the outbox stores and the registry looks up.</summary>
public readonly record struct EventName(string Name, int Version)
{
    private static readonly ConcurrentDictionary<Type, EventName> Cache = new();

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name} v{Version}");

    /// <summary>The declared name of an event type; a type without one is a programming error, refused at registration.</summary>
    public static EventName Of(Type eventType) => Cache.GetOrAdd(eventType, static t =>
        t.GetCustomAttribute<EventNameAttribute>() is { } declared && !string.IsNullOrWhiteSpace(declared.Name) && declared.Version > 0
            ? new EventName(declared.Name, declared.Version)
            : throw new InvalidOperationException(
                $"Integration event {t.FullName} has no [EventName(\"module.event-name\", Version = n)]: its stored messages would depend on its CLR name."));
}
