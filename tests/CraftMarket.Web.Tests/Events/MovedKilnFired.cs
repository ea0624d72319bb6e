using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Tests.Events.Moved;

/// <summary>
/// <see cref="Events.KilnFired"/> after a move to another module: another namespace, another CLR
/// type, the same wire name and version. Messages stored by the old type must reach it.
/// </summary>
[EventName("bench.kiln-fired")]
public sealed record KilnFired(Guid EventId, TenantId TenantId, KilnState State) : ITenantEvent;

internal sealed class MovedKilnConsumer(Journal journal) : IIntegrationEventHandler<KilnFired>
{
    public Task Handle(KilnFired e, CancellationToken ct)
    {
        journal.Seen.Add((e.State, e.TenantId, "moved", 0));
        return Task.CompletedTask;
    }
}

/// <summary>Declared with no wire name: registering it must fail.</summary>
public sealed record Unnamed(Guid EventId) : IIntegrationEvent;

/// <summary>Claims a name another type already has.</summary>
[EventName("bench.kiln-fired")]
public sealed record Impostor(Guid EventId) : IIntegrationEvent;

/// <summary>The same name in a new version: a different payload shape, allowed beside version 1.</summary>
[EventName("bench.kiln-fired", Version = 2)]
public sealed record KilnFiredV2(Guid EventId, TenantId TenantId, KilnState State, int TemperatureCelsius) : ITenantEvent;
