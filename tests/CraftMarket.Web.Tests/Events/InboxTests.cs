using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Events;

/// <summary>
/// Messages from outside (a payment provider's "evt_…" ids) are processed once per sender and id,
/// even when the same one arrives twice at the same moment, on SQLite and on PostgreSQL.
/// </summary>
public sealed class InboxTests
{
    private static EventBench Bench(bool postgres) =>
        new(postgres ? PostgresDatabase.Create() : EventBench.SqliteFile(), postgres, _ => { });

    private static Task<bool> Receive(EventBench bench, string id, Func<Task>? during = null, bool fail = false) =>
        Receive(bench, "stripe", id, during, fail);

    /// <summary>The effect: a tenant-owned row written with the receipt, as a payment webhook would record a payment.</summary>
    private static async Task<bool> Receive(EventBench bench, string source, string id, Func<Task>? during, bool fail)
    {
        await using var scope = bench.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SharedKernel.Tenancy.TenantContext>().Set(EventBench.BatTrang, "bat-trang");
        var db = scope.ServiceProvider.GetRequiredService<BenchDb>();
        return await db.ProcessOnceAsync(source, id, async ct =>
        {
            db.Firings.Add(new Firing { TenantId = EventBench.BatTrang, State = KilnState.Firing });
            if (during is not null) await during();
            if (fail) throw new InvalidOperationException("ledger unavailable");
        }, bench.Clock, CancellationToken.None);
    }

    private static Task<int> Effects(EventBench bench) => bench.InDb(db => db.Firings.IgnoreQueryFilters().CountAsync());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_same_external_id_is_processed_once_and_other_senders_ids_are_their_own(bool postgres)
    {
        await using var bench = Bench(postgres);
        (await Receive(bench, "evt_1QxA2bC3")).ShouldBeTrue();
        (await Receive(bench, "evt_1QxA2bC3")).ShouldBeFalse();
        (await Receive(bench, "zalo", "evt_1QxA2bC3", null, false)).ShouldBeTrue("ids are unique per sender");
        (await Effects(bench)).ShouldBe(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Two_deliveries_of_one_id_at_the_same_moment_apply_it_once(bool postgres)
    {
        await using var bench = Bench(postgres);
        var firstInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Own threads: SQLite's driver waits for a lock synchronously.
        var first = Task.Run(() => Receive(bench, "evt_concurrent", async () => { firstInside.SetResult(); await release.Task; }));
        await firstInside.Task;                                  // the first holds its receipt, uncommitted
        var second = Task.Run(() => Receive(bench, "evt_concurrent"));   // passes the "seen before?" check, then waits on the key
        await Task.Delay(300);
        second.IsCompleted.ShouldBeFalse("the duplicate waits for the first transaction");
        release.SetResult();

        (await first).ShouldBeTrue();
        (await second).ShouldBeFalse();
        (await Effects(bench)).ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_effect_keeps_no_receipt_so_the_senders_retry_is_processed()
    {
        await using var bench = Bench(postgres: false);
        await Should.ThrowAsync<InvalidOperationException>(() => Receive(bench, "evt_retry", fail: true));
        (await Effects(bench)).ShouldBe(0);

        (await Receive(bench, "evt_retry")).ShouldBeTrue();
        (await Effects(bench)).ShouldBe(1);
    }
}
