using System.Text.Json;
using CraftMarket.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// Delivers one module's outbox: at least once, in order of occurrence, with back-off on failure.
/// A message is marked processed only after every consumer returned; a crash in between means it
/// is delivered again, which idempotent consumers (see <see cref="ProcessedMessage"/>) absorb.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, IntegrationEventRegistry registry, TimeProvider clock, ILogger<OutboxDispatcher<TContext>> log)
    where TContext : ModuleDbContext
{
    public const int BatchSize = 50;

    /// <summary>Delivers what is due now; returns how many messages were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var due = await db.Outbox
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(ct);

        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, ct);
                message.MarkProcessed(clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Delivery of {Type} {Id} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts + 1);
                message.MarkFailed(ex.Message, clock.GetUtcNow());
            }
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        if (registry.Find(message.Type) is not { } type)
            throw new InvalidOperationException($"Unknown integration event type {message.Type}.");
        var @event = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)!;
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);

        // Each consumer gets its own scope (its own DbContext and tenant), so one consumer's
        // half-done changes can never be saved by the next one.
        int consumers;
        await using (var probe = scopes.CreateAsyncScope()) consumers = probe.ServiceProvider.GetServices(handlerType).Count();
        for (var i = 0; i < consumers; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(i)!;
            await (Task)handlerType.GetMethod("Handle")!.Invoke(handler, [@event, ct])!;
        }
    }
}
