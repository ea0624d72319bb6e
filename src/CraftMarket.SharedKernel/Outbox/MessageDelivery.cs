namespace CraftMarket.SharedKernel.Outbox;

/// <summary>
/// The delivery a consumer is running in, set by the dispatcher in the consumer's scope before the
/// consumer is created; inject it to know how many times this message has been tried.
/// </summary>
public sealed class MessageDelivery
{
    public Guid MessageId { get; internal set; }
    public EventName Event { get; internal set; }

    /// <summary>1 on the first delivery, 2 on the first retry, and so on (reset by an admin's retry of a dead message).</summary>
    public int Attempt { get; internal set; }

    /// <summary>How many attempts the outbox makes before it parks the message as dead.</summary>
    public int MaxAttempts { get; internal set; }

    public bool IsLastAttempt => Attempt >= MaxAttempts;
}
