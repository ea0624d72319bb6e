using System.Reflection;
using System.Text.Json;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Benchmarks.Outbox;

/// <summary>
/// The "after" path until the outbox part's batch dispatcher is merged (ADR 0075/0076): what that
/// dispatcher does with <c>OutboxOptions.BatchDelivery</c> on, reduced to the benchmark's needs. It
/// takes up to <see cref="BatchSize"/> due messages in order, cuts them into runs of one event kind
/// and one association, hands each run to every consumer (one scope per consumer and run, the tenant
/// set from the events): at once to a consumer that implements
/// <see cref="IIntegrationEventBatchHandler{TEvent}"/>, one message and one scope at a time to the
/// others, as the old path does. The messages of a batch are marked delivered in one SaveChanges.
/// No retries or dead letters: a failure stops the benchmark.
/// </summary>
internal sealed class BatchDrain(IServiceProvider services, int batchSize = BatchDrain.DefaultBatchSize)
{
    public const int DefaultBatchSize = 500;
    public int BatchSize { get; } = batchSize;

    /// <summary>Delivers what is due in one outbox; returns how many messages were delivered.</summary>
    public async Task<int> DispatchDueAsync(Type context, CancellationToken ct)
    {
        var registry = services.GetRequiredService<IntegrationEventRegistry>();
        await using var scope = services.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(context);
        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.ProcessedAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (due.Count == 0) return 0;

        var events = due.Select(m => registry.Find(m.Name, m.Version) is { } type
            ? (IIntegrationEvent)JsonSerializer.Deserialize(m.Payload, type, OutboxJson.Options)!
            : throw new InvalidOperationException($"Unknown integration event {m.Name} v{m.Version}.")).ToList();
        foreach (var run in Runs(events)) await DeliverRunAsync(run, ct);

        foreach (var message in due) message.MarkProcessed(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return due.Count;
    }

    /// <summary>Consecutive events of one kind and one association (order of occurrence kept).</summary>
    private static IEnumerable<List<IIntegrationEvent>> Runs(List<IIntegrationEvent> events)
    {
        var run = new List<IIntegrationEvent>();
        foreach (var e in events)
        {
            if (run.Count > 0 && (run[0].GetType() != e.GetType() || TenantOf(run[0]) != TenantOf(e)))
            {
                yield return run;
                run = [];
            }
            run.Add(e);
        }
        if (run.Count > 0) yield return run;
    }

    private static TenantId? TenantOf(IIntegrationEvent e) => e is ITenantEvent t ? t.TenantId : null;

    private async Task DeliverRunAsync(List<IIntegrationEvent> run, CancellationToken ct)
    {
        var type = run[0].GetType();
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
        var batchType = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(type);
        int consumers;
        await using (var probe = services.CreateAsyncScope()) consumers = probe.ServiceProvider.GetServices(handlerType).Count();
        for (var i = 0; i < consumers; i++)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                Prepare(scope.ServiceProvider, run[0]);
                var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(i)!;
                if (batchType.IsInstanceOfType(handler))
                {
                    var typed = Array.CreateInstance(type, run.Count);
                    for (var j = 0; j < run.Count; j++) typed.SetValue(run[j], j);
                    await (Task)batchType.GetMethod("HandleBatch")!.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [typed, ct], null)!;
                    continue;
                }
            }
            foreach (var e in run)
            {
                await using var scope = services.CreateAsyncScope();
                Prepare(scope.ServiceProvider, e);
                var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(i)!;
                await (Task)handlerType.GetMethod("Handle")!.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [e, ct], null)!;
            }
        }
    }

    private static void Prepare(IServiceProvider services, IIntegrationEvent @event)
    {
        if (@event is ITenantEvent tenantEvent && services.GetService<TenantContext>() is { } tenant)
            tenant.Set(tenantEvent.TenantId, services.GetService<ITenantSlugs>()?.SlugOf(tenantEvent.TenantId) ?? "");
    }
}
