using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Integrations.Domain;

/// <summary>
/// An HTTPS endpoint an association registered, the event types it follows and its signing secrets
/// (kept encrypted with ASP.NET Data Protection: <see cref="ProtectedSecret"/>). During a rotation's
/// grace period the previous secret still signs, beside the new one.
/// </summary>
internal sealed class WebhookEndpoint : ITenantOwned
{
    public const int UrlMax = 2000, DescriptionMax = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TenantId TenantId { get; set; }
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Comma-separated event type names (e.g. "inquiry.created,order.paid").</summary>
    public string EventTypes { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public string ProtectedSecret { get; set; } = "";
    public string? PreviousProtectedSecret { get; set; }
    /// <summary>Until when the previous secret still signs (the rotation's grace period).</summary>
    public DateTimeOffset? PreviousSecretUntil { get; set; }
    public DateTimeOffset SecretRotatedAt { get; set; }

    /// <summary>Failed attempts in a row, across deliveries; a success sets it back to 0.</summary>
    public int ConsecutiveFailures { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }

    /// <summary>Concurrency token: two nodes (or a sender and an admin) changing the endpoint at once: one wins.</summary>
    public int Revision { get; set; }

    public IReadOnlyList<string> Types => EventTypes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Follows(string type) => Types.Contains(type, StringComparer.Ordinal);

    public bool PreviousSecretSignsAt(DateTimeOffset now) => PreviousProtectedSecret is not null && PreviousSecretUntil > now;

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}
