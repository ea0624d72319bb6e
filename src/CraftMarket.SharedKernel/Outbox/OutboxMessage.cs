using System.Text.Json;
using System.Text.Json.Serialization;

namespace CraftMarket.SharedKernel.Outbox;

/// <summary>An integration event stored in the same transaction as the state change that raised it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public Guid Id { get; private set; }

    /// <summary>The event's wire name (see <see cref="EventNameAttribute"/>), never a CLR type name.</summary>
    public string Name { get; private set; } = "";
    public int Version { get; private set; }
    public string Payload { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Set when the message failed its last allowed attempt; the dispatcher skips it until an admin retries it.</summary>
    public DateTimeOffset? DeadAt { get; private set; }

    /// <summary>
    /// What the message is about ("product:…"), from <see cref="IAggregateEvent"/>: messages with the same key are
    /// delivered one after another in order of occurrence, never side by side. Null: no order with other messages.
    /// </summary>
    public string? AggregateKey { get; private set; }

    /// <summary>The dispatcher that claimed the message (ADR 0075); only it may mark it processed or failed.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the claim holds; past it, another dispatcher may take the message (its owner crashed).</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public const int AggregateKeyMaxLength = 200;
    public const int LeaseOwnerMaxLength = 100;

    public static OutboxMessage From(IIntegrationEvent @event, DateTimeOffset now)
    {
        var name = EventName.Of(@event.GetType());
        return new()
        {
            Id = @event.EventId,
            Name = name.Name,
            Version = name.Version,
            Payload = JsonSerializer.Serialize(@event, @event.GetType(), OutboxJson.Options),
            OccurredAt = now,
            NextAttemptAt = now,
            AggregateKey = @event is IAggregateEvent aggregate ? Key(aggregate.AggregateKey) : null,
        };
    }

    private static string Key(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return key.Length <= AggregateKeyMaxLength ? key : throw new ArgumentException($"Aggregate key longer than {AggregateKeyMaxLength}: {key}");
    }

    public void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        LastError = null;
    }

    /// <summary>Exponential back-off capped at ten minutes, until <paramref name="maxAttempts"/>: then the message is parked as dead, not dropped.</summary>
    public void MarkFailed(string error, DateTimeOffset now, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= maxAttempts)
        {
            DeadAt = now;
            NextAttemptAt = null;
            return;
        }
        NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Attempts)));
    }

    /// <summary>An admin's retry of a dead message: a fresh series of attempts, due now. The last error stays until one succeeds.</summary>
    public bool Revive(DateTimeOffset now)
    {
        if (DeadAt is null) return false;
        DeadAt = null;
        Attempts = 0;
        NextAttemptAt = now;
        return true;
    }
}

public static class OutboxJson
{
    /// <summary>
    /// Enums travel as their names, so reordering an enum never changes a stored message's meaning.
    /// Messages stored before this (numbers) are still read: the converter accepts integers.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
