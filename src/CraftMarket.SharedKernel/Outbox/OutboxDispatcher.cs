using System.Reflection;
using System.Text.Json;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// Delivers one module's outbox: at least once, in order of occurrence, with back-off on failure,
/// and parks a message as dead after <see cref="OutboxOptions.MaxAttempts"/> failures. A message is
/// marked processed only after every consumer returned; a crash in between means it is delivered
/// again, which idempotent consumers (see <see cref="ProcessedMessage"/>) absorb.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, IntegrationEventRegistry registry, TimeProvider clock, IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> log)
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
            .Where(m => m.ProcessedAt == null && m.DeadAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(ct);

        var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, maxAttempts, ct);
                message.MarkProcessed(clock.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.MarkFailed(ex.Message, clock.GetUtcNow(), maxAttempts);
                if (message.DeadAt is null)
                    log.LogWarning(ex, "Delivery of {Event} v{Version} {Id} failed (attempt {Attempt})", message.Name, message.Version, message.Id, message.Attempts);
                else
                    log.LogError(ex, "Delivery of {Event} v{Version} {Id} failed {Attempts} times; parked as dead", message.Name, message.Version, message.Id, message.Attempts);
            }
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, int maxAttempts, CancellationToken ct)
    {
        if (registry.Find(message.Name, message.Version) is not { } type)
            throw new InvalidOperationException($"Unknown integration event {message.Name} v{message.Version}.");
        var @event = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)!;
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);

        // Each consumer gets its own scope (its own DbContext and tenant), so one consumer's
        // half-done changes can never be saved by the next one.
        int consumers;
        await using (var probe = scopes.CreateAsyncScope()) consumers = probe.ServiceProvider.GetServices(handlerType).Count();
        for (var i = 0; i < consumers; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            Prepare(scope.ServiceProvider, message, @event, maxAttempts);
            var handler = scope.ServiceProvider.GetServices(handlerType).ElementAt(i)!;
            // Unwrapped, so a consumer that throws before its first await leaves its own error as the last error.
            await (Task)handlerType.GetMethod("Handle")!.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [@event, ct], null)!;
        }
    }

    /// <summary>Before the consumer exists: its tenant from the event, its delivery from the row.</summary>
    private static void Prepare(IServiceProvider services, OutboxMessage message, IIntegrationEvent @event, int maxAttempts)
    {
        if (@event is ITenantEvent tenantEvent && services.GetService<TenantContext>() is { } tenant)
            tenant.Set(tenantEvent.TenantId, services.GetService<ITenantSlugs>()?.SlugOf(tenantEvent.TenantId) ?? "");
        var delivery = services.GetRequiredService<MessageDelivery>();
        delivery.MessageId = message.Id;
        delivery.Event = new EventName(message.Name, message.Version);
        delivery.Attempt = message.Attempts + 1;
        delivery.MaxAttempts = maxAttempts;
    }
}
