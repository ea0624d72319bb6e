using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre.Templates;
using CraftMarket.Notifications.Features.Channels;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>What an event means for whom: a category, its values, the recipients and the page it is about.</summary>
internal sealed record Notice(Guid SourceEventId, Category Category, IReadOnlyList<Recipient> Recipients, IReadOnlyDictionary<string, string> Values,
    string? Link);

/// <summary>
/// Turns a notice into one notification per recipient (rendered in their language) with its deliveries
/// by their preferences, and one <see cref="DeliveryDue"/> outbox event per delivery to send now. Adds
/// to the caller's unit of work: the consumer saves it with its processed mark, so an event is told once.
/// </summary>
internal sealed class NotificationCentre(NotificationsDb db, IEnumerable<INotificationChannel> channels, TimeProvider clock)
{
    public async Task<IReadOnlyList<Notification>> AddAsync(Notice notice, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var recipients = notice.Recipients.DistinctBy(r => (r.UserId, r.MemberId)).ToList();
        if (recipients.Count == 0) return [];
        var keys = recipients.Select(r => r.PreferenceKey).ToList();
        var preferences = await db.Preferences.AsNoTracking().Where(p => keys.Contains(p.UserId)).ToListAsync(ct);
        var told = await db.Notifications.AsNoTracking()
            .Where(n => n.SourceEventId == notice.SourceEventId && n.Category == notice.Category.Key)
            .Select(n => new { n.RecipientUserId, n.RecipientMemberId }).ToListAsync(ct);
        var available = channels.Select(c => c.Channel).ToHashSet();

        var added = new List<Notification>();
        foreach (var recipient in recipients)
        {
            if (told.Any(t => t.RecipientUserId == recipient.UserId && t.RecipientMemberId == recipient.MemberId)) continue;
            var message = MessageTemplates.Render(notice.Category.Key, recipient.Language, notice.Values);
            var notification = new Notification
            {
                TenantId = db.Tenant,
                RecipientUserId = recipient.UserId,
                RecipientMemberId = recipient.MemberId,
                Audience = recipient.Audience,
                Category = notice.Category.Key,
                Language = message.Language,
                Title = Cut(message.Title, 300),
                Body = Cut(message.Body, 4000),
                Link = notice.Link,
                CreatedAt = now,
                SourceEventId = notice.SourceEventId,
            };
            db.Notifications.Add(notification);
            var choice = DeliveryRules.Resolve(recipient.Audience, notice.Category.Key, preferences.Where(p => p.UserId == recipient.PreferenceKey));
            foreach (var plan in DeliveryRules.Plan(notice.Category, choice, recipient.Addresses, available, now))
                Log(notification, plan, now);
            added.Add(notification);
        }
        return added;
    }

    /// <summary>Adds the delivery to the log and, when it is due now, its outbox event.</summary>
    public Delivery Log(Notification notification, PlannedDelivery plan, DateTimeOffset now)
    {
        var delivery = new Delivery
        {
            TenantId = notification.TenantId,
            NotificationId = notification.Id,
            Channel = plan.Channel,
            Address = plan.Address,
            Status = plan.Status,
            LastError = plan.Why,
            CreatedAt = now,
            NextAttemptAt = plan.NextAttemptAt,
            SentAt = plan.Status == DeliveryStatus.Sent ? now : null,
        };
        db.Deliveries.Add(delivery);
        if (plan.Status == DeliveryStatus.Pending) db.Outbox.Add(new DeliveryDue(Guid.CreateVersion7(), notification.TenantId, delivery.Id), clock);
        return delivery;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
