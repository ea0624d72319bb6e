using CraftMarket.Notifications.Data;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Notifications.Features.Centre.Consumers;

/// <summary>
/// The one shape of every consumer: once per event and consumer, the notices and the processed mark
/// commit together (a redelivery finds the mark; a race finds the unique index).
/// </summary>
internal sealed class Told(NotificationsDb db, NotificationCentre centre, TimeProvider clock)
{
    public async Task OnceAsync(Guid eventId, string consumer, Func<Task<IReadOnlyList<Notice>>> notices, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(eventId, consumer, ct)) return;
        foreach (var notice in await notices()) await centre.AddAsync(notice, ct);
        db.MarkProcessed(eventId, consumer, clock);
        await db.SaveChangesAsync(ct);
    }

    public static IReadOnlyList<Notice> None => [];
}
