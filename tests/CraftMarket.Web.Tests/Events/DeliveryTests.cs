using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Web.Tests.Events;

/// <summary>
/// What a consumer can count on from the dispatcher: its tenant set from the event, the attempt
/// number of this delivery, and a message that keeps failing parked as dead until an admin retries it.
/// </summary>
public sealed class DeliveryTests : IAsyncDisposable
{
    private readonly EventBench bench = new(EventBench.SqliteFile(), postgres: false,
        s => s.AddIntegrationEventHandler<KilnFired, KilnConsumer>(), maxAttempts: 3);

    private Task Publish() => bench.PublishAsync(new KilnFired(Guid.NewGuid(), EventBench.BatTrang, KilnState.Firing));

    /// <summary>Past any back-off the dispatcher could have set.</summary>
    private async Task LaterDispatch()
    {
        bench.Clock.Advance(TimeSpan.FromMinutes(11));
        await bench.DispatchAsync();
    }

    [Fact]
    public async Task The_dispatcher_sets_the_consumers_tenant_from_the_event()
    {
        await Publish();
        await bench.DispatchAsync();

        var (_, tenant, slug, _) = bench.Journal.Seen.ShouldHaveSingleItem();
        tenant.ShouldBe(EventBench.BatTrang);
        slug.ShouldBe("bat-trang");
        // The consumer's tenant-owned write passed the guard, and is visible under that tenant only.
        (await bench.InDb(db => db.Firings.IgnoreQueryFilters().CountAsync(f => f.TenantId == EventBench.BatTrang))).ShouldBe(1);
    }

    [Fact]
    public async Task Each_delivery_knows_its_attempt_number()
    {
        await Publish();
        bench.Journal.FailuresToCome = 2;

        await bench.DispatchAsync();
        await LaterDispatch();
        await LaterDispatch();

        bench.Journal.Seen.Select(s => s.Attempt).ShouldBe([1, 2, 3]);
        var row = await bench.InDb(db => db.Outbox.SingleAsync());
        row.ProcessedAt.ShouldNotBeNull("the third attempt succeeded, within MaxAttempts = 3");
        row.DeadAt.ShouldBeNull();
    }

    [Fact]
    public async Task After_max_attempts_the_message_is_parked_with_its_last_error_and_no_longer_tried()
    {
        await Publish();
        bench.Journal.FailuresToCome = 10;

        await bench.DispatchAsync();
        await LaterDispatch();
        await LaterDispatch();
        var row = await bench.InDb(db => db.Outbox.SingleAsync());
        row.DeadAt.ShouldBe(bench.Clock.GetUtcNow());
        row.Attempts.ShouldBe(3);
        row.LastError.ShouldBe("kiln sensor offline (attempt 3)");
        row.ProcessedAt.ShouldBeNull();

        await LaterDispatch();
        await LaterDispatch();
        bench.Journal.Seen.Count.ShouldBe(3, "a dead message is skipped");
        (await bench.DeadLetters.ListAsync(default)).ShouldHaveSingleItem().LastError.ShouldBe("kiln sensor offline (attempt 3)");
    }

    [Fact]
    public async Task An_admins_retry_delivers_a_dead_message_again_from_attempt_one()
    {
        await Publish();
        bench.Journal.FailuresToCome = 3;
        await bench.DispatchAsync();
        await LaterDispatch();
        await LaterDispatch();
        var dead = (await bench.DeadLetters.ListAsync(default)).ShouldHaveSingleItem();
        dead.Module.ShouldBe("bench");

        (await bench.DeadLetters.RetryAsync("bench", dead.Id, default)).IsSuccess.ShouldBeTrue();
        (await bench.DeadLetters.RetryAsync("bench", dead.Id, default)).IsFailure.ShouldBeTrue("no longer dead");
        (await bench.DeadLetters.RetryAsync("nowhere", dead.Id, default)).IsFailure.ShouldBeTrue();
        await bench.DispatchAsync();

        bench.Journal.Seen.Select(s => s.Attempt).ShouldBe([1, 2, 3, 1]);
        var row = await bench.InDb(db => db.Outbox.SingleAsync());
        row.ProcessedAt.ShouldNotBeNull();
        row.DeadAt.ShouldBeNull();
        (await bench.DeadLetters.ListAsync(default)).ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => bench.DisposeAsync();
}
