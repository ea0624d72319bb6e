using Microsoft.EntityFrameworkCore;

namespace CraftMarket.SharedKernel.Outbox;

public static class IdempotentConsumer
{
    /// <summary>True when this consumer already applied the event; check before acting.</summary>
    public static Task<bool> AlreadyProcessedAsync(this DbContext db, Guid eventId, string consumer, CancellationToken ct) =>
        db.Set<ProcessedMessage>().AnyAsync(m => m.MessageId == eventId && m.Consumer == consumer, ct);

    /// <summary>Record the event in the same SaveChanges as the consumer's effect.</summary>
    public static void MarkProcessed(this DbContext db, Guid eventId, string consumer, TimeProvider clock) =>
        db.Set<ProcessedMessage>().Add(new ProcessedMessage(eventId, consumer, clock.GetUtcNow()));
}
