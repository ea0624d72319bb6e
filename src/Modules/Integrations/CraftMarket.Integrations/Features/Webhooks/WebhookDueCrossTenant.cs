using CraftMarket.Integrations.Data;
using CraftMarket.Integrations.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Integrations.Features.Webhooks;

internal sealed record DueDelivery(TenantId TenantId, Guid EndpointId, Guid DeliveryId);

/// <summary>The sender's one read across associations (through the <see cref="CrossTenantGateway"/>): ids of due deliveries only; each is then sent in a scope of its own association.</summary>
internal static class WebhookDueCrossTenant
{
    private static readonly CrossTenantReason Why = new("webhooks: deliveries due to be sent, in every association");

    public static async Task<IReadOnlyList<DueDelivery>> ScanAsync(IntegrationsDb db, DateTimeOffset now, int take, CancellationToken ct) =>
        [.. (await db.AcrossAllTenants<WebhookDelivery>(Why)
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt != null && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Take(take)
            .Select(d => new { d.TenantId, d.EndpointId, d.Id }).ToListAsync(ct))
            .Select(d => new DueDelivery(d.TenantId, d.EndpointId, d.Id))];
}
