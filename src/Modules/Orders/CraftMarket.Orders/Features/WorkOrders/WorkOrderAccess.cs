using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// Who may see a work order: its own household, and the desk (export desk or association admin);
/// inspectors may also look at its photos. Anyone else, another household included, finds nothing
/// (answered as not found, never as forbidden, so an id confirms nothing).
/// </summary>
internal sealed class WorkOrderAccess(OrdersDb db)
{
    public static bool IsDesk(CurrentActor actor) => actor.IsExportDesk || actor.IsAssociationAdmin;

    /// <summary>The work order if the actor's household makes it; tracked, for a report.</summary>
    public Task<WorkOrder?> OwnAsync(WorkOrderId id, CurrentActor actor, CancellationToken ct) =>
        actor.IsProducerFor(out var member)
            ? db.WorkOrders.FirstOrDefaultAsync(w => w.Id == id && w.MemberId == member, ct)
            : Task.FromResult<WorkOrder?>(null);

    /// <summary>The work order for its household or the desk; untracked.</summary>
    public async Task<WorkOrder?> ReadableAsync(WorkOrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (IsDesk(actor)) return await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (!actor.IsProducerFor(out var member)) return null;
        return await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id && w.MemberId == member, ct);
    }

    /// <summary>True when <paramref name="photo"/> is one of the work order's photos and the actor may see it.</summary>
    public async Task<bool> MaySeePhotoAsync(WorkOrderId id, Guid photo, CurrentActor actor, CancellationToken ct)
    {
        var work = actor.IsInspector && !IsDesk(actor)
            ? await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct)
            : await ReadableAsync(id, actor, ct);
        return work is not null && work.PhotoIds.Contains(photo);
    }
}
