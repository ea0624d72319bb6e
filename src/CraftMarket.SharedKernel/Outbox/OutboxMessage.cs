using System.Text.Json;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>An integration event stored in the same transaction as the state change that raised it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public Guid Id { get; private set; }
    public string Type { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public static OutboxMessage From(IIntegrationEvent @event, DateTimeOffset now) => new()
    {
        Id = @event.EventId,
        Type = @event.GetType().FullName!,
        Payload = JsonSerializer.Serialize(@event, @event.GetType(), OutboxJson.Options),
        OccurredAt = now,
        NextAttemptAt = now,
    };

    public void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        LastError = null;
    }

    /// <summary>Exponential back-off capped at ten minutes; the message is never dropped.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Attempts)));
    }
}

public static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
