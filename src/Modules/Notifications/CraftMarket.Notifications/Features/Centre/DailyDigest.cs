using System.Globalization;
using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Centre.Templates;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>
/// Staff who chose a digest: their e-mail deliveries wait as Digested until the next 07:00 Vietnam
/// time (<see cref="Delivery.NextAttemptAt"/>); then one digest e-mail per person and address collects
/// them. The digest is itself a notification (read already, so the bell does not count it) with one
/// e-mail delivery sent through the outbox like any other; each collected delivery keeps its Digested
/// status and names the digest that carried it.
/// </summary>
internal sealed class DailyDigest(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly CrossTenantReason Why = new("notifications: staff e-mails due in today's digest, in every association");
    public const string CarriedBy = "digest:";

    /// <summary>Sends the digests due at <paramref name="now"/>; answers how many digests were made.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        List<TenantId> tenants;
        await using (var scan = scopes.CreateAsyncScope())
        {
            var db = scan.ServiceProvider.GetRequiredService<NotificationsDb>();
            tenants = await db.AcrossAllTenants<Delivery>(Why)
                .Where(d => d.Status == DeliveryStatus.Digested && d.NextAttemptAt != null && d.NextAttemptAt <= now)
                .Select(d => d.TenantId).Distinct().ToListAsync(ct);
        }
        var made = 0;
        foreach (var tenant in tenants)
        {
            await using var scope = scopes.CreateAsyncScope();
            var slug = scope.ServiceProvider.GetService<ITenantSlugs>()?.SlugOf(tenant) ?? "";
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, slug);
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDb>();
            var centre = scope.ServiceProvider.GetRequiredService<NotificationCentre>();
            var due = await db.Deliveries
                .Where(d => d.Status == DeliveryStatus.Digested && d.NextAttemptAt != null && d.NextAttemptAt <= now)
                .Join(db.Notifications, d => d.NotificationId, n => n.Id, (d, n) => new { Delivery = d, n.RecipientUserId, n.Title, n.Body, n.CreatedAt })
                .ToListAsync(ct);
            foreach (var person in due.GroupBy(d => (d.RecipientUserId, d.Delivery.Address)))
            {
                var items = person.OrderBy(d => d.CreatedAt).ToList();
                var message = MessageTemplates.Render(Categories.Digest.Key, "vi", new Dictionary<string, string>
                {
                    ["count"] = items.Count.ToString(CultureInfo.InvariantCulture),
                    ["items"] = string.Join("\n", items.Select(i => $"- {VietnamClock.Moment(i.CreatedAt)} {i.Title}: {i.Body}")),
                });
                var digest = new Notification
                {
                    TenantId = tenant,
                    RecipientUserId = person.Key.RecipientUserId,
                    Audience = Audience.Staff,
                    Category = Categories.Digest.Key,
                    Language = message.Language,
                    Title = message.Title,
                    Body = message.Body.Length > 4000 ? message.Body[..3999] + "…" : message.Body,
                    CreatedAt = now,
                    ReadAt = now,
                    SourceEventId = Guid.CreateVersion7(),
                };
                db.Notifications.Add(digest);
                var sent = centre.Log(digest, new PlannedDelivery(Channel.Email, person.Key.Address, DeliveryStatus.Pending, now), clock.GetUtcNow());
                foreach (var item in items)
                {
                    item.Delivery.NextAttemptAt = null;
                    item.Delivery.ProviderMessageId = CarriedBy + sent.Id;
                }
                made++;
            }
            await db.SaveChangesAsync(ct);
        }
        return made;
    }
}
