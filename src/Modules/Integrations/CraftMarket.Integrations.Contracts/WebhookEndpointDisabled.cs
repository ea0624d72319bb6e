using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Integrations.Contracts;

/// <summary>A webhook endpoint was switched off after a run of failed deliveries: the notification centre tells the association's admins.</summary>
[EventName("integrations.webhook-endpoint-disabled", Version = 1)]
public sealed record WebhookEndpointDisabled(
    Guid EventId, TenantId TenantId, Guid EndpointId, string Url, int ConsecutiveFailures, string LastError, DateTimeOffset At) : ITenantEvent;
