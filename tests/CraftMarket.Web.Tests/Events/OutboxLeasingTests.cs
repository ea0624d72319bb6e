using System.Globalization;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CraftMarket.Web.Tests.Events;

/// <summary>
/// Several workers on one real PostgreSQL (ADR 0075): two dispatchers with their own service providers (two
/// processes, as far as the database can tell) drain one outbox side by side; a worker that dies leaves leases that
/// run out, and one that is only slow keeps them.
/// </summary>
public sealed class OutboxLeasingTests
{
    private const int Pots = 50, Layers = 40;

    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-07T08:00:00Z", CultureInfo.InvariantCulture);

    private static EventBench Worker(string connection, Kiln kiln, FakeTimeProvider clock, bool batchConsumer, int batchSize = 25) =>
        new(connection, postgres: true, s =>
        {
            s.AddSingleton(kiln);
            if (batchConsumer)
            {
                s.AddIntegrationEventHandler<GlazeApplied, GlazeBatchConsumer>();
                s.AddIntegrationEventBatchHandler<GlazeApplied, GlazeBatchConsumer>();
            }
            else s.AddIntegrationEventHandler<GlazeApplied, GlazeConsumer>();
        }, clock: clock, outbox: o => o.BatchSize = batchSize);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_dispatchers_on_one_postgres_deliver_each_message_once_in_order_per_aggregate(bool batchConsumer)
    {
        var connection = PostgresDatabase.Create();
        var kiln = new Kiln();
        var clock = new FakeTimeProvider(Start);
        await using var a = Worker(connection, kiln, clock, batchConsumer);
        await using var b = Worker(connection, kiln, clock, batchConsumer);
        a.Dispatcher.Owner.ShouldNotBe(b.Dispatcher.Owner);

        // 2,000 messages, 40 layers on each of 50 pots of two associations, the pots interleaved in a random order.
        var random = new Random(18);
        var pots = Enumerable.Range(0, Pots).Select(_ => Guid.NewGuid()).ToArray();
        var tenants = new[] { EventBench.BatTrang, TenantId.New() };
        var events = new List<IIntegrationEvent>();
        for (var layer = 1; layer <= Layers; layer++)
            foreach (var pot in pots.OrderBy(_ => random.Next()))
                events.Add(new GlazeApplied(Guid.NewGuid(), tenants[Array.IndexOf(pots, pot) % 2], pot, layer));
        await a.PublishAllAsync(events);

        var claimed = await Task.WhenAll(Drain(a), Drain(b));

        kiln.Overlaps.ShouldBeEmpty();
        var delivered = kiln.Delivered.ToList();
        delivered.Count.ShouldBe(Pots * Layers, "each message delivered once, none twice");
        delivered.Select(d => (d.Pot, d.Layer)).Distinct().Count().ShouldBe(Pots * Layers);
        foreach (var pot in pots)
            delivered.Where(d => d.Pot == pot).Select(d => d.Layer).ShouldBe(Enumerable.Range(1, Layers), $"pot {pot}'s layers in order");
        claimed.ShouldAllBe(n => n > 0, "both dispatchers took a share");
        claimed.Sum().ShouldBe(Pots * Layers);
        if (batchConsumer) kiln.BatchSizes.Max().ShouldBeGreaterThan(1);
        var rows = await a.InDb(db => db.Outbox.AsNoTracking().ToListAsync());
        rows.ShouldAllBe(r => r.ProcessedAt != null && r.LeaseOwner == null && r.Attempts == 0);
    }

    /// <summary>Dispatches until the outbox is empty; returns how many messages this dispatcher claimed.</summary>
    private static async Task<int> Drain(EventBench worker)
    {
        var claimed = 0;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the outbox never drained");
            var n = await worker.DispatchAsync();
            claimed += n;
            if (n > 0) continue;
            if (await worker.InDb(db => db.Outbox.CountAsync(m => m.ProcessedAt == null)) == 0) return claimed;
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task A_dead_workers_leases_are_taken_over_once_they_run_out_and_not_before()
    {
        var connection = PostgresDatabase.Create();
        var kiln = new Kiln { Hold = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        var clock = new FakeTimeProvider(Start);
        await using var dead = Worker(connection, kiln, clock, batchConsumer: false, batchSize: 10);
        await using var alive = Worker(connection, kiln, clock, batchConsumer: false, batchSize: 10);
        var pot = Guid.NewGuid();
        await dead.PublishAllAsync(Enumerable.Range(1, 5).Select(l => new GlazeApplied(Guid.NewGuid(), EventBench.BatTrang, pot, l)));

        // The worker claims the five layers, starts on the first, and dies (its process stops; nothing is marked).
        using var dying = new CancellationTokenSource();
        var delivering = dead.Dispatcher.DispatchDueAsync(dying.Token);
        await WaitUntil(async () => (await Leases(dead)).Count(l => l == dead.Dispatcher.Owner) == 5);
        await dying.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(delivering);
        kiln.Hold = null;

        (await alive.DispatchAsync()).ShouldBe(0, "the dead worker's lease still holds");
        clock.Advance(TimeSpan.FromSeconds(29));
        (await alive.DispatchAsync()).ShouldBe(0, "29 s into a 30 s lease");
        clock.Advance(TimeSpan.FromSeconds(2));
        (await alive.DispatchAsync()).ShouldBe(5, "the lease ran out: another worker takes the messages");

        kiln.Delivered.Select(d => d.Layer).ShouldBe([1, 2, 3, 4, 5]);
        (await Leases(alive)).ShouldAllBe(l => l == null);
        (await alive.InDb(db => db.Outbox.CountAsync(m => m.ProcessedAt == null))).ShouldBe(0);
    }

    [Fact]
    public async Task A_slow_worker_renews_its_leases_so_nobody_takes_its_messages_while_it_delivers()
    {
        var connection = PostgresDatabase.Create();
        var kiln = new Kiln { Hold = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        var clock = new FakeTimeProvider(Start);
        await using var slow = Worker(connection, kiln, clock, batchConsumer: false, batchSize: 10);
        await using var other = Worker(connection, kiln, clock, batchConsumer: false, batchSize: 10);
        var pot = Guid.NewGuid();
        await slow.PublishAllAsync(Enumerable.Range(1, 3).Select(l => new GlazeApplied(Guid.NewGuid(), EventBench.BatTrang, pot, l)));

        var delivering = slow.DispatchAsync();
        await WaitUntil(async () => (await Leases(slow)).Count(l => l == slow.Dispatcher.Owner) == 3);
        var claimedAt = clock.GetUtcNow();
        // Every 10 s (a third of the lease) the slow worker pushes its leases 30 s ahead.
        for (var step = 1; step <= 4; step++)
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            var renewedTo = claimedAt + TimeSpan.FromSeconds(10 * step + 30);
            await WaitUntil(async () => (await slow.InDb(db => db.Outbox.AsNoTracking().ToListAsync()))
                .All(m => m.LeaseUntil >= renewedTo - TimeSpan.FromMilliseconds(1)));
        }
        (await other.DispatchAsync()).ShouldBe(0, "40 s after the claim, the renewed lease still holds");

        kiln.Hold!.SetResult();
        (await delivering).ShouldBe(3);
        kiln.Delivered.Select(d => d.Layer).ShouldBe([1, 2, 3]);
        (await other.DispatchAsync()).ShouldBe(0);
    }

    private static Task<List<string?>> Leases(EventBench bench) =>
        bench.InDb(db => db.Outbox.AsNoTracking().OrderBy(m => m.OccurredAt).Select(m => m.LeaseOwner).ToListAsync());

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition never came true");
            await Task.Delay(10);
        }
    }
}
