using CraftMarket.Identity.Contracts;
using CraftMarket.Integrations.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Notifications.Features.Centre.Consumers;

/// <summary>The association's admins hear of certificates about to expire, revoked label batches and webhooks switched off.</summary>
internal sealed class AdminNotices(Told told, Recipients recipients)
    : IIntegrationEventHandler<CertificateChanged>, IIntegrationEventHandler<LabelBatchRevoked>, IIntegrationEventHandler<WebhookEndpointDisabled>
{
    private static readonly string[] Admins = [TenantRoles.AssociationAdmin];

    public Task Handle(CertificateChanged e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.certificate-changed", async () =>
            e.Change != CertificateChange.Expiring
                ? Told.None
                : [new Notice(e.EventId, Categories.CertificateExpiring, await recipients.StaffWithAsync(Admins, ct),
                    new Dictionary<string, string> { ["number"] = e.CertificateNumber, ["validUntil"] = VietnamClock.Date(e.ValidUntil) },
                    $"/admin/quality/certificates/{e.CertificateId}")], ct);

    public Task Handle(LabelBatchRevoked e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.label-batch-revoked", async () =>
            [new Notice(e.EventId, Categories.LabelBatchRevoked, await recipients.StaffWithAsync(Admins, ct),
                new Dictionary<string, string> { ["count"] = Formats.Count(e.LabelCount), ["reason"] = e.Reason }, "/admin/quality/labels")], ct);

    public Task Handle(WebhookEndpointDisabled e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.webhook-disabled", async () =>
            [new Notice(e.EventId, Categories.WebhookDisabled, await recipients.StaffWithAsync(Admins, ct), new Dictionary<string, string>
            {
                ["url"] = e.Url,
                ["failures"] = Formats.Count(e.ConsecutiveFailures),
                ["error"] = e.LastError.Length > 300 ? e.LastError[..300] + "…" : e.LastError,
            }, $"/admin/integrations/webhooks/{e.EndpointId}")], ct);
}
