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
