using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Events;

/// <summary>
/// Batch delivery and order per aggregate on the embedded SQLite file (ADR 0075): a consumer that takes batches gets
/// a claim's events of one type in one call per association, in order; a failed batch is delivered again one by one;
/// a failing message holds its aggregate's later messages back, and no other aggregate's.
/// </summary>
public sealed class BatchDeliveryTests : IAsyncDisposable
{
    private readonly Kiln kiln = new();
    private EventBench? bench;

    private EventBench Bench(bool batchConsumer, bool batchDelivery = true, bool subscribedOnce = false) => bench = new EventBench(EventBench.SqliteFile(), postgres: false, s =>
    {
        s.AddSingleton(kiln);
        s.AddIntegrationEvent<KilnFired>();
        if (batchConsumer)
        {
            s.AddIntegrationEventHandler<GlazeApplied, GlazeBatchConsumer>();
            if (!subscribedOnce) s.AddIntegrationEventBatchHandler<GlazeApplied, GlazeBatchConsumer>();
        }
        else s.AddIntegrationEventHandler<GlazeApplied, GlazeConsumer>();
    }, outbox: o => o.BatchDelivery = batchDelivery);

    private static readonly TenantId DongHo = TenantId.New();
    private readonly Guid x = Guid.NewGuid(), y = Guid.NewGuid(), z = Guid.NewGuid();

    /// <summary>Pots x and y (Bát Tràng) and z (Đông Hồ), five layers each, interleaved.</summary>
    private IEnumerable<GlazeApplied> Layers() =>
        from layer in Enumerable.Range(1, 5)
        from pot in new[] { x, y, z }
        select new GlazeApplied(Guid.NewGuid(), pot == z ? DongHo : EventBench.BatTrang, pot, layer);

    private IEnumerable<int> LayersOf(Guid pot) => kiln.Delivered.Where(d => d.Pot == pot).Select(d => d.Layer);

    [Fact]
    public async Task A_batch_consumer_gets_the_claims_events_in_one_call_per_association_in_order()
    {
        var b = Bench(batchConsumer: true);
        await b.PublishAllAsync(Layers());

        (await b.DispatchAsync()).ShouldBe(15);

        kiln.BatchSizes.OrderBy(n => n).ToArray().ShouldBe([5, 10], "one call for Bát Tràng's ten layers, one for Đông Hồ's five");
        kiln.Delivered.ShouldAllBe(d => d.Via == "batch");
        foreach (var pot in new[] { x, y, z }) LayersOf(pot).ShouldBe([1, 2, 3, 4, 5]);
        (await b.InDb(db => db.Outbox.CountAsync(m => m.ProcessedAt == null || m.LeaseOwner != null))).ShouldBe(0);
    }

    /// <summary>The modules' consumers subscribe once, as one-event handlers whose class also takes batches (ADR 0076).</summary>
    [Fact]
    public async Task A_consumer_subscribed_only_as_a_one_event_handler_whose_class_takes_batches_gets_batches()
    {
        var b = Bench(batchConsumer: true, subscribedOnce: true);
        await b.PublishAllAsync(Layers());

        (await b.DispatchAsync()).ShouldBe(15);

        kiln.BatchSizes.OrderBy(n => n).ToArray().ShouldBe([5, 10]);
        kiln.Delivered.ShouldAllBe(d => d.Via == "batch");
        foreach (var pot in new[] { x, y, z }) LayersOf(pot).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task With_batch_delivery_switched_off_the_same_consumer_gets_one_event_per_call()
    {
        var b = Bench(batchConsumer: true, batchDelivery: false);
        await b.PublishAllAsync(Layers());

        (await b.DispatchAsync()).ShouldBe(15);

        kiln.BatchSizes.ShouldBeEmpty();
        kiln.Delivered.Count.ShouldBe(15);
        kiln.Delivered.ShouldAllBe(d => d.Via == "single");
        foreach (var pot in new[] { x, y, z }) LayersOf(pot).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_failing_message_holds_back_its_aggregates_later_messages_and_no_others(bool batchConsumer)
    {
        var b = Bench(batchConsumer);
        await b.PublishAllAsync(Layers());
        kiln.Cracked[(x, 3)] = true;

        (await b.DispatchAsync()).ShouldBe(15);

        // The batch failed as a whole; delivered again one by one, only pot x stops at its cracked layer.
        LayersOf(x).ShouldBe([1, 2]);
        LayersOf(y).ShouldBe([1, 2, 3, 4, 5]);
        LayersOf(z).ShouldBe([1, 2, 3, 4, 5]);
        var rows = await b.InDb(db => db.Outbox.AsNoTracking().ToListAsync());
        var cracked = rows.Single(r => r.LastError != null);
        cracked.Attempts.ShouldBe(1);
        cracked.LastError.ShouldBe("layer 3 cracked");
        cracked.NextAttemptAt.ShouldBe(b.Clock.GetUtcNow() + TimeSpan.FromSeconds(2));
        rows.Count(r => r.ProcessedAt == null).ShouldBe(3, "layers 3, 4 and 5 of pot x wait");
        rows.ShouldAllBe(r => r.LeaseOwner == null && r.LeaseUntil == null, "the held-back messages were released");

        (await b.DispatchAsync()).ShouldBe(0, "layer 4 may not pass layer 3 while it waits for its retry");
        LayersOf(x).ShouldBe([1, 2]);

        kiln.Cracked.Clear();
        b.Clock.Advance(TimeSpan.FromSeconds(3));
        (await b.DispatchAsync()).ShouldBe(3);
        LayersOf(x).ShouldBe([1, 2, 3, 4, 5]);
        (await b.InDb(db => db.Outbox.CountAsync(m => m.ProcessedAt == null))).ShouldBe(0);
    }

    [Fact]
    public async Task Messages_of_another_type_without_an_aggregate_in_between_do_not_split_a_batch()
    {
        var b = Bench(batchConsumer: true);
        var pot = Guid.NewGuid();
        // Kiln firings have no aggregate: they neither wait for nor hold back the glaze layers.
        await b.PublishAllAsync([
            new GlazeApplied(Guid.NewGuid(), EventBench.BatTrang, pot, 1),
            new KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Firing),
            new GlazeApplied(Guid.NewGuid(), EventBench.BatTrang, pot, 2),
            new KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Cooling),
            new GlazeApplied(Guid.NewGuid(), EventBench.BatTrang, pot, 3),
        ]);

        (await b.DispatchAsync()).ShouldBe(5);
        LayersOf(pot).ShouldBe([1, 2, 3]);
        kiln.BatchSizes.ShouldBe([3]);
    }

    public async ValueTask DisposeAsync()
    {
        if (bench is not null) await bench.DisposeAsync();
    }
}
