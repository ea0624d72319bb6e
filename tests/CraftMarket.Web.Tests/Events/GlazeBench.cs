using System.Collections.Concurrent;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Tests.Events;

/// <summary>A glaze layer applied to one pot: layers of a pot must arrive in order, one at a time (the pot is the aggregate).</summary>
[EventName("bench.glaze-applied")]
public sealed record GlazeApplied(Guid EventId, TenantId TenantId, Guid Pot, int Layer) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("pot", Pot);
}

/// <summary>
/// What glaze consumers were handed, shared by every dispatcher of a test: each delivery in the order it happened,
/// the calls (a batch is one call), and any moment two deliveries of one pot ran side by side.
/// </summary>
internal sealed class Kiln
{
    public readonly ConcurrentQueue<(Guid Pot, int Layer, string Via)> Delivered = new();
    public readonly ConcurrentQueue<int> BatchSizes = new();
    public readonly ConcurrentQueue<string> Overlaps = new();
    private readonly ConcurrentDictionary<Guid, int> inFlight = new();

    /// <summary>Layers that fail (batch and single delivery alike) while listed.</summary>
    public readonly ConcurrentDictionary<(Guid Pot, int Layer), bool> Cracked = new();

    /// <summary>When set, a delivery waits here (a worker that hangs, or dies while it waits).</summary>
    public TaskCompletionSource? Hold;

    public async Task Fire(IReadOnlyList<GlazeApplied> layers, string via, CancellationToken ct)
    {
        var pots = layers.Select(l => l.Pot).Distinct().ToList();
        foreach (var pot in pots)
            if (inFlight.AddOrUpdate(pot, 1, (_, n) => n + 1) > 1) Overlaps.Enqueue($"pot {pot} delivered by two at once");
        try
        {
            if (Hold is { } hold) await hold.Task.WaitAsync(ct);
            // A little work, so that two dispatchers really overlap.
            await Task.Delay(Random.Shared.Next(0, 3), ct);
            // All or nothing, as a consumer that saves once per call.
            if (layers.FirstOrDefault(l => Cracked.ContainsKey((l.Pot, l.Layer))) is { } cracked)
                throw new InvalidOperationException($"layer {cracked.Layer} cracked");
            foreach (var layer in layers) Delivered.Enqueue((layer.Pot, layer.Layer, via));
            if (via == "batch") BatchSizes.Enqueue(layers.Count);
        }
        finally
        {
            foreach (var pot in pots) inFlight.AddOrUpdate(pot, 0, (_, n) => n - 1);
        }
    }
}

/// <summary>Takes glaze layers one by one only.</summary>
internal sealed class GlazeConsumer(Kiln kiln) : IIntegrationEventHandler<GlazeApplied>
{
    public Task Handle(GlazeApplied e, CancellationToken ct) => kiln.Fire([e], "single", ct);
}

/// <summary>Takes glaze layers in batches, and one by one when a failed batch is delivered again.</summary>
internal sealed class GlazeBatchConsumer(Kiln kiln, ITenantContext tenant) : IIntegrationEventHandler<GlazeApplied>, IIntegrationEventBatchHandler<GlazeApplied>
{
    public Task Handle(GlazeApplied e, CancellationToken ct) => kiln.Fire([e], "single", ct);

    public Task HandleBatch(IReadOnlyList<GlazeApplied> events, CancellationToken ct)
    {
        if (events.Any(e => e.TenantId != tenant.TenantId)) throw new InvalidOperationException("a batch with another association's event");
        return kiln.Fire(events, "batch", ct);
    }
}
