namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// Remembers which event a consumer has already applied, written in the consumer's own transaction,
/// so a redelivery after a crash is recognised and skipped.
/// </summary>
public sealed class ProcessedMessage
{
    private ProcessedMessage() { }

    public ProcessedMessage(Guid messageId, string consumer, DateTimeOffset processedAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        ProcessedAt = processedAt;
    }

    public Guid MessageId { get; private set; }
    public string Consumer { get; private set; } = "";
    public DateTimeOffset ProcessedAt { get; private set; }
}
