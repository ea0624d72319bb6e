using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Integrations.Domain;

internal enum DeliveryStatus { Pending, Succeeded, Failed }

/// <summary>
/// One event for one endpoint. <see cref="Id"/> is the stable <c>webhook-id</c> every attempt and
/// replay sends, so receivers can drop duplicates; <see cref="Payload"/> is the exact body, built once.
/// </summary>
internal sealed class WebhookDelivery : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TenantId TenantId { get; set; }
    public Guid EndpointId { get; set; }
    public string EventType { get; set; } = "";
    /// <summary>The source event (one delivery per event and endpoint).</summary>
    public Guid EventId { get; set; }
    public string Payload { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    /// <summary>When the sender takes it next; null when nothing is due (succeeded, given up).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    /// <summary>The admin asked for a replay: the next attempt is marked as one.</summary>
    public bool ReplayRequested { get; set; }
    public int Revision { get; set; }
}

/// <summary>One attempt to send a delivery: what the receiver answered (or why nothing came back).</summary>
internal sealed class WebhookAttempt : ITenantOwned
{
    public const int ExcerptMax = 500, ErrorMax = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TenantId TenantId { get; set; }
    public Guid DeliveryId { get; set; }
    public Guid EndpointId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset At { get; set; }
    public bool Replay { get; set; }
    public bool Succeeded { get; set; }
    public int? StatusCode { get; set; }
    public int DurationMs { get; set; }
    public string? Error { get; set; }
    /// <summary>The first characters of the receiver's answer.</summary>
    public string? ResponseExcerpt { get; set; }
}
