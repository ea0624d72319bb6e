using Microsoft.EntityFrameworkCore;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// The message tables every module keeps in its own schema, so its state and its messages commit
/// together. A context that cannot derive from ModuleDbContext (Identity) maps them from here too.
/// </summary>
public static class MessageTables
{
    public static ModelBuilder MapOutbox(this ModelBuilder model) => model.Entity<OutboxMessage>(e =>
    {
        e.ToTable("outbox_messages");
        e.HasKey(m => m.Id);
        e.Property(m => m.Name).HasMaxLength(300);
        e.HasIndex(m => new { m.ProcessedAt, m.DeadAt, m.NextAttemptAt });
        // Leases and order per aggregate (ADR 0075): the claim looks up a message's earlier pending ones by key.
        e.Property(m => m.AggregateKey).HasMaxLength(OutboxMessage.AggregateKeyMaxLength);
        e.Property(m => m.LeaseOwner).HasMaxLength(OutboxMessage.LeaseOwnerMaxLength);
        e.HasIndex(m => new { m.AggregateKey, m.OccurredAt });
    });

    public static ModelBuilder MapProcessedMessages(this ModelBuilder model) => model.Entity<ProcessedMessage>(e =>
    {
        e.ToTable("processed_messages");
        e.HasKey(m => new { m.MessageId, m.Consumer });
        e.Property(m => m.Consumer).HasMaxLength(200);
    });

    public static ModelBuilder MapInbox(this ModelBuilder model) => model.Entity<InboxMessage>(e =>
    {
        e.ToTable("inbox_messages");
        e.HasKey(m => new { m.Source, m.ExternalId });
        e.Property(m => m.Source).HasMaxLength(InboxMessage.SourceMaxLength);
        e.Property(m => m.ExternalId).HasMaxLength(InboxMessage.ExternalIdMaxLength);
    });
}
