using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Integrations.Domain;

/// <summary>An HTTPS endpoint an association registered, and the event types it follows. Settable: the webhooks part shapes it.</summary>
internal sealed class WebhookEndpoint : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public TenantId TenantId { get; set; }
    public string Url { get; set; } = "";
    public string Description { get; set; } = "";
    /// <summary>Comma-separated event type names (e.g. "inquiry.created,order.paid").</summary>
    public string EventTypes { get; set; } = "";
    public bool Enabled { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
