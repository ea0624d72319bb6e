using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>
/// Deliveries held for a household's quiet hours go out when the hours end: the periodic job (or a
/// test, with any time) makes each due one pending with its outbox event, in its own association's scope.
/// </summary>
internal sealed class HeldDeliveries(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly CrossTenantReason Why = new("notifications: held deliveries whose quiet hours ended, in every association");

    public async Task<int> ReleaseDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        List<(TenantId Tenant, Guid Id)> due;
        await using (var scan = scopes.CreateAsyncScope())
        {
            var db = scan.ServiceProvider.GetRequiredService<NotificationsDb>();
            due = [.. (await db.AcrossAllTenants<Delivery>(Why)
                .Where(d => d.Status == DeliveryStatus.Held && d.NextAttemptAt <= now)
                .Select(d => new { d.TenantId, d.Id }).ToListAsync(ct)).Select(d => (d.TenantId, d.Id))];
        }
        foreach (var tenant in due.GroupBy(d => d.Tenant))
        {
            await using var scope = scopes.CreateAsyncScope();
            var slug = scope.ServiceProvider.GetService<ITenantSlugs>()?.SlugOf(tenant.Key) ?? "";
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Key, slug);
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDb>();
            var ids = tenant.Select(d => d.Id).ToList();
            foreach (var delivery in await db.Deliveries.Where(d => ids.Contains(d.Id) && d.Status == DeliveryStatus.Held).ToListAsync(ct))
            {
                delivery.Status = DeliveryStatus.Pending;
                delivery.NextAttemptAt = now;
                db.Outbox.Add(new DeliveryDue(Guid.CreateVersion7(), tenant.Key, delivery.Id), clock);
            }
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }
}
