using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Integrations.Data;
using CraftMarket.Integrations.Domain;
using CraftMarket.Orders.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// Turns the other modules' events into one pending delivery per enabled endpoint of the event's
/// association that follows its type (the dispatcher set the scope's tenant from the event).
/// Idempotent: the event is remembered in the same SaveChanges, and (endpoint, event) is unique.
/// The sender takes the deliveries from there.
/// </summary>
internal sealed class WebhookFanOut(IntegrationsDb db, TimeProvider clock, IOptions<WebhookOptions> options) :
    IIntegrationEventHandler<InquiryChanged>, IIntegrationEventHandler<QuoteAccepted>, IIntegrationEventHandler<OrderChanged>,
    IIntegrationEventHandler<WorkOrderChanged>, IIntegrationEventHandler<CertificateChanged>, IIntegrationEventHandler<LabelBatchRevoked>,
    IIntegrationEventHandler<ProductPublished>, IIntegrationEventHandler<ProductWithdrawn>,
    IIntegrationEventBatchHandler<ProductPublished>, IIntegrationEventBatchHandler<ProductWithdrawn>
{
    private const string Consumer = "integrations.webhooks";

    public Task Handle(InquiryChanged e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(QuoteAccepted e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(OrderChanged e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(WorkOrderChanged e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(CertificateChanged e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(LabelBatchRevoked e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(ProductPublished e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e), ct);
    public Task Handle(ProductWithdrawn e, CancellationToken ct) => Fan(e.EventId, WebhookPayloads.From(e, clock.GetUtcNow()), ct);

    /// <summary>A CSV import's thousands of product events (ADR 0076): the endpoints read once, one SaveChanges for the batch.</summary>
    public Task HandleBatch(IReadOnlyList<ProductPublished> events, CancellationToken ct) =>
        FanMany([.. events.Select(e => (e.EventId, e.TenantId, (WebhookMessage?)WebhookPayloads.From(e)))], ct);

    public Task HandleBatch(IReadOnlyList<ProductWithdrawn> events, CancellationToken ct) =>
        FanMany([.. events.Select(e => (e.EventId, e.TenantId, (WebhookMessage?)WebhookPayloads.From(e, clock.GetUtcNow())))], ct);

    /// <summary>What <see cref="Fan"/> does for each event of one association, in order; events already fanned out are skipped.</summary>
    private async Task FanMany(List<(Guid EventId, SharedKernel.Tenancy.TenantId TenantId, WebhookMessage? Message)> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        if (events.Any(e => e.TenantId != events[0].TenantId))
            throw new InvalidOperationException("A batch of webhook events spans more than one association; deliver it one by one.");
        var eventIds = events.Select(e => e.EventId).ToList();
        var applied = (await db.Set<ProcessedMessage>().AsNoTracking()
            .Where(m => m.Consumer == Consumer && eventIds.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync(ct)).ToHashSet();
        if (events.All(e => e.Message is null || applied.Contains(e.EventId))) return;
        var now = clock.GetUtcNow();
        var enabled = await db.Endpoints.AsNoTracking().Where(e => e.Enabled).ToListAsync(ct);
        var first = options.Value.DelayBefore(1) ?? TimeSpan.Zero;
        foreach (var (eventId, _, message) in events)
        {
            if (message is null || !applied.Add(eventId)) continue;
            var endpoints = enabled.Where(e => e.Follows(message.Type)).ToList();
            var body = endpoints.Count > 0 ? message.ToJson() : "";
            foreach (var endpoint in endpoints)
                db.Deliveries.Add(new WebhookDelivery
                {
                    TenantId = endpoint.TenantId, EndpointId = endpoint.Id, EventType = message.Type, EventId = eventId, Payload = body,
                    CreatedAt = now, Status = DeliveryStatus.Pending, NextAttemptAt = now + first,
                });
            db.MarkProcessed(eventId, Consumer, clock);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task Fan(Guid eventId, WebhookMessage? message, CancellationToken ct)
    {
        if (message is null) return;
        if (await db.AlreadyProcessedAsync(eventId, Consumer, ct)) return;
        var now = clock.GetUtcNow();
        var endpoints = (await db.Endpoints.AsNoTracking().Where(e => e.Enabled).ToListAsync(ct)).Where(e => e.Follows(message.Type)).ToList();
        if (endpoints.Count > 0)
        {
            var body = message.ToJson();
            var first = options.Value.DelayBefore(1) ?? TimeSpan.Zero;
            foreach (var endpoint in endpoints)
                db.Deliveries.Add(new WebhookDelivery
                {
                    TenantId = endpoint.TenantId, EndpointId = endpoint.Id, EventType = message.Type, EventId = eventId, Payload = body,
                    CreatedAt = now, Status = DeliveryStatus.Pending, NextAttemptAt = now + first,
                });
        }
        db.MarkProcessed(eventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }
}
