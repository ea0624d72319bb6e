using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Auditing;

/// <summary>
/// Puts an <see cref="AuditRecorded"/> per audited row a save adds, changes or deletes into the same
/// context's outbox, just before the save (ADR 0065): the trail commits with the change or not at all.
/// A save that fails takes its audit messages back out of the context, so a retried save (reload,
/// reapply, save) records what it finally wrote, once. One instance per context (built per scope):
/// the actor is read at save time, after the scope's tenant and sign-in are known.
/// </summary>
internal sealed class AuditInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private readonly List<OutboxMessage> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        pending.Clear();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        pending.Clear();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Withdraw(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Withdraw(eventData.Context);
        return Task.CompletedTask;
    }

    private void Record(DbContext? context)
    {
        if (context is not ModuleDbContext db || AuditTrail.IsQuiet) return;
        // Earlier messages of a failed attempt are gone already (Withdraw); a second save after success starts clean.
        Withdraw(db);
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var events = AuditChanges.Collect(db, () => services.GetService<IAuditActor>()?.Current ?? AuditActor.Unnamed, now);
        foreach (var @event in events)
        {
            var message = OutboxMessage.From(@event, now);
            db.Outbox.Add(message);
            pending.Add(message);
        }
    }

    private void Withdraw(DbContext? context)
    {
        if (context is not null)
            foreach (var message in pending)
            {
                var entry = context.Entry(message);
                if (entry.State == EntityState.Added) entry.State = EntityState.Detached;
            }
        pending.Clear();
    }
}
