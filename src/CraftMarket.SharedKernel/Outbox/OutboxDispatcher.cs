using System.Globalization;
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
/// Delivers one module's outbox: at least once, in order per aggregate, with back-off on failure,
/// and parks a message as dead after <see cref="OutboxOptions.MaxAttempts"/> failures. Several
/// dispatchers (worker processes) may share one database (ADR 0075): each claims a batch by writing
/// its lease on the rows in one statement (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>), takes only
/// the oldest pending message of an aggregate (and the ones right behind it), and only the lease
/// owner may mark a message processed or failed. A message is marked processed only after every
/// consumer returned; a crash in between means it is delivered again, which idempotent consumers
/// (see <see cref="ProcessedMessage"/>) absorb.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, IntegrationEventRegistry registry, TimeProvider clock, IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> log)
    : IDisposable where TContext : ModuleDbContext
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<Type, Consumer[]> consumersByEvent = [];

    /// <summary>Who this dispatcher is in the lease column: unique per instance, readable in the table.</summary>
    public string Owner { get; } = Truncate(string.Create(CultureInfo.InvariantCulture,
        $"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}"), OutboxMessage.LeaseOwnerMaxLength);

    private OutboxOptions Options => options.Value;

    /// <summary>Claims and delivers what is due now; returns how many messages were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        // One claim at a time per dispatcher: the rows leased by this owner are always this claim's.
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var claimed = await ClaimAsync(db, ct);
            if (claimed.Count == 0) return 0;

            using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var renewal = RenewWhileDeliveringAsync(renewing.Token);
            try
            {
                await DeliverClaimedAsync(db, claimed, ct);
            }
            finally
            {
                await renewing.CancelAsync();
                await renewal;
            }
            return claimed.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// On SQLite only (the embedded default, one process), releases every lease in the table, whoever holds it: a lease
    /// found there at start is a killed process's. On PostgreSQL other live workers hold leases; nothing is released.
    /// </summary>
    public async Task ReleaseLeasesLeftOnSqliteAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (!db.Database.IsSqlite()) return;
        await db.Outbox.Where(m => m.LeaseOwner != null && m.ProcessedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
    }

    // ---- Claiming ---------------------------------------------------------------------------

    private async Task<List<OutboxMessage>> ClaimAsync(TContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + LeaseDuration;
        var batch = Math.Max(1, Options.BatchSize);
        var sqlite = db.Database.IsSqlite();
        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
        // SQLite stores instants as UTC ticks (DateTimeOffsetToTicksConverter); raw SQL gets no converter.
        object At(DateTimeOffset t) => sqlite ? t.UtcTicks : t;
        var sql = ClaimSql(table, skipLocked: !sqlite);
        var claimed = await db.Outbox.FromSqlRaw(sql, At(now), Owner, batch, At(until)).AsNoTracking().ToListAsync(ct);
        // One order for everything after: occurrence, then id (as the claim's SQL orders them).
        claimed.Sort(static (a, b) => a.OccurredAt != b.OccurredAt ? a.OccurredAt.CompareTo(b.OccurredAt) : a.Id.CompareTo(b.Id));
        return claimed;
    }

    /// <summary>
    /// One statement: the oldest pending message of each aggregate (and every message without one) that is due and not
    /// leased by another dispatcher, locked without waiting on rows others are claiming; then the messages right behind
    /// those heads in the same aggregates (due and free, with nothing pending between); the first {2} of them in order
    /// of occurrence get this dispatcher's lease. Parameters: {0} now, {1} owner, {2} batch size, {3} lease until.
    /// </summary>
    internal static string ClaimSql(string t, bool skipLocked)
    {
        static string Claimable(string x) =>
            $"{x}\"ProcessedAt\" IS NULL AND {x}\"DeadAt\" IS NULL AND {x}\"NextAttemptAt\" <= {{0}} " +
            $"AND ({x}\"LeaseUntil\" IS NULL OR {x}\"LeaseUntil\" < {{0}} OR {x}\"LeaseOwner\" = {{1}})";
        static string Earlier(string e, string m) =>
            $"{e}.\"AggregateKey\" = {m}.\"AggregateKey\" AND {e}.\"ProcessedAt\" IS NULL AND {e}.\"DeadAt\" IS NULL " +
            $"AND ({e}.\"OccurredAt\" < {m}.\"OccurredAt\" OR ({e}.\"OccurredAt\" = {m}.\"OccurredAt\" AND {e}.\"Id\" < {m}.\"Id\"))";
        return $"""
            WITH heads AS (
                SELECT m."Id", m."AggregateKey" FROM {t} m
                WHERE {Claimable("m.")}
                  AND NOT EXISTS (SELECT 1 FROM {t} e WHERE {Earlier("e", "m")})
                ORDER BY m."OccurredAt", m."Id"
                LIMIT {"{2}"}{(skipLocked ? " FOR UPDATE SKIP LOCKED" : "")}),
            picked AS (
                SELECT c."Id" FROM {t} c
                WHERE c."Id" IN (SELECT h."Id" FROM heads h)
                   OR (c."AggregateKey" IN (SELECT h."AggregateKey" FROM heads h WHERE h."AggregateKey" IS NOT NULL)
                       AND {Claimable("c.")}
                       AND NOT EXISTS (SELECT 1 FROM {t} e WHERE {Earlier("e", "c")}
                           AND e."Id" NOT IN (SELECT h."Id" FROM heads h)
                           AND NOT ({Claimable("e.")})))
                ORDER BY c."OccurredAt", c."Id"
                LIMIT {"{2}"})
            UPDATE {t} SET "LeaseOwner" = {"{1}"}, "LeaseUntil" = {"{3}"}
            WHERE "Id" IN (SELECT p."Id" FROM picked p) AND {Claimable("")}
            RETURNING *
            """;
    }

    private TimeSpan LeaseDuration => Options.LeaseDuration > TimeSpan.Zero ? Options.LeaseDuration : TimeSpan.FromSeconds(30);

    /// <summary>
    /// A batch may take longer than a lease (photo rendering, a slow webhook): while it is delivered, its leases are
    /// renewed every third of their duration, so only a dispatcher that stopped (crashed, hung) loses them.
    /// </summary>
    private async Task RenewWhileDeliveringAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseDuration / 3, clock, ct);
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                var until = clock.GetUtcNow() + LeaseDuration;
                await db.Outbox.Where(m => m.LeaseOwner == Owner && m.ProcessedAt == null && m.DeadAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, until), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Renewing outbox leases of {Owner} failed; they expire as claimed", Owner);
        }
    }

    // ---- Delivering ---------------------------------------------------------------------------

    /// <summary>
    /// Delivers the claim in order per aggregate: repeatedly the oldest undelivered message's event type, with every
    /// later message of that type whose aggregate has no undelivered message of another type before it. A message
    /// that fails holds the rest of its aggregate back: they are released, and wait behind its back-off.
    /// </summary>
    private async Task DeliverClaimedAsync(TContext db, List<OutboxMessage> claimed, CancellationToken ct)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        var pending = claimed;
        while (pending.Count > 0)
        {
            var (name, version) = (pending[0].Name, pending[0].Version);
            var blocked = new HashSet<string>(StringComparer.Ordinal);
            var group = new List<OutboxMessage>();
            var rest = new List<OutboxMessage>();
            foreach (var m in pending)
            {
                var sameType = m.Name == name && m.Version == version;
                if (sameType && (m.AggregateKey is null || !blocked.Contains(m.AggregateKey))) group.Add(m);
                else
                {
                    rest.Add(m);
                    if (m.AggregateKey is { } key) blocked.Add(key);
                }
            }
            await DeliverGroupAsync(db, group, held, ct);
            // Later messages of an aggregate whose message failed go back, unleased, behind its back-off.
            var release = rest.Where(m => m.AggregateKey is { } key && held.Contains(key)).Select(m => m.Id).ToList();
            if (release.Count > 0) await ReleaseAsync(db, release, ct);
            pending = [.. rest.Where(m => m.AggregateKey is not { } key || !held.Contains(key))];
        }
    }

    /// <summary>Messages of one event type, in order: one call per consumer when they all take batches, else one by one.</summary>
    private async Task DeliverGroupAsync(TContext db, List<OutboxMessage> group, HashSet<string> held, CancellationToken ct)
    {
        var maxAttempts = Math.Max(1, Options.MaxAttempts);
        var type = registry.Find(group[0].Name, group[0].Version);
        if (type is not null && Options.BatchDelivery && group.Count > 1)
        {
            var consumers = await ConsumersOf(type);
            if (consumers.Length > 0 && consumers.All(c => c.Batch))
            {
                try
                {
                    await DeliverBatchAsync(group, type, consumers, maxAttempts, ct);
                    await MarkProcessedAsync(db, [.. group.Select(m => m.Id)], ct);
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning(ex, "Batch delivery of {Count} × {Event} v{Version} failed; delivering them one by one",
                        group.Count, group[0].Name, group[0].Version);
                }
            }
        }

        var delivered = new List<Guid>();
        foreach (var message in group)
        {
            if (message.AggregateKey is { } key && held.Contains(key))
            {
                await ReleaseAsync(db, [message.Id], ct);
                continue;
            }
            try
            {
                await DeliverOneAsync(message, type, maxAttempts, ct);
                delivered.Add(message.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (message.AggregateKey is { } failedKey) held.Add(failedKey);
                await MarkFailedAsync(db, message, ex, maxAttempts, ct);
            }
        }
        if (delivered.Count > 0) await MarkProcessedAsync(db, delivered, ct);
    }

    private async Task DeliverBatchAsync(List<OutboxMessage> group, Type type, Consumer[] consumers, int maxAttempts, CancellationToken ct)
    {
        var events = group.Select(m => (Message: m, Event: Read(m, type))).ToList();
        var batchType = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(type);
        var handle = batchType.GetMethod(nameof(IIntegrationEventBatchHandler<IIntegrationEvent>.HandleBatch))!;
        // A scope's tenant is one association: events of several associations go as one batch per association.
        var byTenant = events.GroupBy(e => (e.Event as ITenantEvent)?.TenantId).ToList();
        foreach (var consumer in consumers)
            foreach (var tenantBatch in byTenant)
            {
                var first = tenantBatch.First();
                var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type), tenantBatch.Count())!;
                foreach (var (_, e) in tenantBatch) list.Add(e);
                await using var scope = scopes.CreateAsyncScope();
                Prepare(scope.ServiceProvider, first.Message, first.Event, maxAttempts);
                var handler = scope.ServiceProvider.GetServices(batchType).FirstOrDefault(h => h!.GetType() == consumer.Type)
                    ?? scope.ServiceProvider.GetServices(typeof(IIntegrationEventHandler<>).MakeGenericType(type)).First(h => h!.GetType() == consumer.Type)!;
                await (Task)handle.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [list, ct], null)!;
            }
    }

    private async Task DeliverOneAsync(OutboxMessage message, Type? type, int maxAttempts, CancellationToken ct)
    {
        if (type is null)
            throw new InvalidOperationException($"Unknown integration event {message.Name} v{message.Version}.");
        var @event = Read(message, type);
        var singleType = typeof(IIntegrationEventHandler<>).MakeGenericType(type);
        var batchType = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(type);

        // Each consumer gets its own scope (its own DbContext and tenant), so one consumer's
        // half-done changes can never be saved by the next one.
        foreach (var consumer in await ConsumersOf(type))
        {
            await using var scope = scopes.CreateAsyncScope();
            Prepare(scope.ServiceProvider, message, @event, maxAttempts);
            if (consumer.Single)
            {
                var handler = scope.ServiceProvider.GetServices(singleType).First(h => h!.GetType() == consumer.Type)!;
                // Unwrapped, so a consumer that throws before its first await leaves its own error as the last error.
                await (Task)singleType.GetMethod("Handle")!.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [@event, ct], null)!;
            }
            else
            {
                // A batch-only consumer gets a batch of one.
                var handler = scope.ServiceProvider.GetServices(batchType).First(h => h!.GetType() == consumer.Type)!;
                var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type))!;
                list.Add(@event);
                await (Task)batchType.GetMethod("HandleBatch")!.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [list, ct], null)!;
            }
        }
    }

    private static IIntegrationEvent Read(OutboxMessage message, Type type) =>
        (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)!;

    /// <summary>A consumer of an event type, by its class: registered as a one-event handler, a batch handler, or both.</summary>
    private sealed record Consumer(Type Type, bool Single, bool Batch);

    private async Task<Consumer[]> ConsumersOf(Type eventType)
    {
        lock (consumersByEvent)
            if (consumersByEvent.TryGetValue(eventType, out var known)) return known;
        await using var probe = scopes.CreateAsyncScope();
        var single = probe.ServiceProvider.GetServices(typeof(IIntegrationEventHandler<>).MakeGenericType(eventType)).Select(h => h!.GetType()).ToList();
        var batch = probe.ServiceProvider.GetServices(typeof(IIntegrationEventBatchHandler<>).MakeGenericType(eventType)).Select(h => h!.GetType()).ToList();
        // A one-event consumer whose class also takes batches (subscribed only with AddIntegrationEventHandler) gets batches too.
        var batchType = typeof(IIntegrationEventBatchHandler<>).MakeGenericType(eventType);
        var consumers = single.Concat(batch).Distinct()
            .Select(t => new Consumer(t, single.Contains(t), batch.Contains(t) || batchType.IsAssignableFrom(t))).ToArray();
        lock (consumersByEvent) consumersByEvent[eventType] = consumers;
        return consumers;
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

    // ---- Marking (only the lease owner) -----------------------------------------------------------

    private async Task MarkProcessedAsync(TContext db, List<Guid> ids, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var marked = 0;
        foreach (var chunk in ids.Chunk(500))
            marked += await db.Outbox.Where(m => chunk.Contains(m.Id) && m.LeaseOwner == Owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ProcessedAt, now)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
        if (marked < ids.Count)
            log.LogWarning("{Owner} delivered {Count} outbox messages whose lease another dispatcher had taken over; they will be delivered again",
                Owner, ids.Count - marked);
    }

    private async Task MarkFailedAsync(TContext db, OutboxMessage message, Exception ex, int maxAttempts, CancellationToken ct)
    {
        message.MarkFailed(ex.Message, clock.GetUtcNow(), maxAttempts);
        var marked = await db.Outbox.Where(m => m.Id == message.Id && m.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, message.Attempts)
                .SetProperty(m => m.LastError, message.LastError)
                .SetProperty(m => m.NextAttemptAt, message.NextAttemptAt)
                .SetProperty(m => m.DeadAt, message.DeadAt)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
        if (marked == 0)
            log.LogWarning(ex, "Delivery of {Event} v{Version} {Id} failed after another dispatcher took its lease", message.Name, message.Version, message.Id);
        else if (message.DeadAt is null)
            log.LogWarning(ex, "Delivery of {Event} v{Version} {Id} failed (attempt {Attempt})", message.Name, message.Version, message.Id, message.Attempts);
        else
            log.LogError(ex, "Delivery of {Event} v{Version} {Id} failed {Attempts} times; parked as dead", message.Name, message.Version, message.Id, message.Attempts);
    }

    private Task ReleaseAsync(TContext db, List<Guid> ids, CancellationToken ct) =>
        db.Outbox.Where(m => ids.Contains(m.Id) && m.LeaseOwner == Owner)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);

    public void Dispose() => gate.Dispose();

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
