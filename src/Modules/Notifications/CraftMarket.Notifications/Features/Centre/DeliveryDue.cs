using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Channels;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>One delivery is due on its channel. Private to this module: its outbox retries it with back-off.</summary>
[EventName("notifications.delivery-due", Version = 1)]
internal sealed record DeliveryDue(Guid EventId, TenantId TenantId, Guid DeliveryId) : ITenantEvent;

/// <summary>Thrown so the outbox tries the delivery again later; the delivery log already holds the error.</summary>
internal sealed class DeliveryRetryException(string message) : Exception(message);

/// <summary>
/// Sends one delivery through its channel and logs the attempt: sent (with the provider's id), or
/// the error and, while the outbox has tries left and the error may pass, another try later (the
/// outbox's back-off); on the last try, or an error that will not pass, Failed with why.
/// Anything not pending (sent, failed, held, skipped) is left alone, so a redelivery never sends twice.
/// </summary>
internal sealed class DeliverySender(NotificationsDb db, IEnumerable<INotificationChannel> channels, MessageDelivery attempt, TimeProvider clock,
    ILogger<DeliverySender> log) : IIntegrationEventHandler<DeliveryDue>
{
    public async Task Handle(DeliveryDue e, CancellationToken ct)
    {
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == e.DeliveryId, ct);
        if (delivery is null || delivery.Status != DeliveryStatus.Pending) return;
        var notification = await db.Notifications.AsNoTracking().FirstAsync(n => n.Id == delivery.NotificationId, ct);

        var result = await SendAsync(delivery, notification, ct);
        var now = clock.GetUtcNow();
        delivery.Attempts++;
        if (result.Sent)
        {
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = now;
            delivery.NextAttemptAt = null;
            delivery.ProviderMessageId = result.ProviderMessageId;
            await db.SaveChangesAsync(ct);
            return;
        }

        var error = result.Error ?? "The channel refused the message.";
        delivery.LastError = error.Length > 1000 ? error[..1000] : error;
        if (result.Retryable && !attempt.IsLastAttempt)
        {
            delivery.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, attempt.Attempt)));
            await db.SaveChangesAsync(ct);
            throw new DeliveryRetryException($"{delivery.Channel} delivery {delivery.Id} failed (try {delivery.Attempts}): {error}");
        }
        delivery.Status = DeliveryStatus.Failed;
        delivery.NextAttemptAt = null;
        await db.SaveChangesAsync(ct);
        log.LogWarning("{Channel} delivery {Delivery} failed for good after {Attempts} tries: {Error}", delivery.Channel, delivery.Id, delivery.Attempts, error);
    }

    private async Task<ChannelResult> SendAsync(Delivery delivery, Notification notification, CancellationToken ct)
    {
        if (channels.FirstOrDefault(c => c.Channel == delivery.Channel) is not { } channel)
            return ChannelResult.Failed($"The {delivery.Channel} channel is not configured.", retryable: false);
        try
        {
            return await channel.SendAsync(new OutgoingMessage(delivery.Id, delivery.Address, notification.Language, notification.Title, notification.Body,
                notification.Link, notification.Category), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return ChannelResult.Failed(ex.Message, retryable: true);
        }
    }
}
