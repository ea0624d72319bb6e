namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// A message received from outside (a payment provider's webhook, a partner's feed), remembered by
/// its sender's own id, whatever its form ("evt_1Nx…", a number, a Guid), so it is processed once.
/// </summary>
public sealed class InboxMessage
{
    private InboxMessage() { }

    public InboxMessage(string source, string externalId, DateTimeOffset processedAt)
    {
        Source = source;
        ExternalId = externalId;
        ProcessedAt = processedAt;
    }

    public const int SourceMaxLength = 100;
    public const int ExternalIdMaxLength = 200;

    /// <summary>Who sent it ("stripe"): ids are unique only per sender.</summary>
    public string Source { get; private set; } = "";
    public string ExternalId { get; private set; } = "";
    public DateTimeOffset ProcessedAt { get; private set; }
}
