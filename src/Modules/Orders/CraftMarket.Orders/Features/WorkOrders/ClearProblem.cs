using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// The desk dealt with a household's problem or delay: the flag goes, the household's history says
/// so (it sees the desk acted), and the order's desk-only timeline keeps the trail.
/// </summary>
internal sealed class ClearProblem(OrdersDb db, TimeProvider clock)
{
    public const int NoteMax = WorkOrderUpdate.NoteMax;

    public async Task<Result> Handle(WorkOrderId id, string? note, CurrentActor actor, CancellationToken ct)
    {
        if (!WorkOrderAccess.IsDesk(actor)) return Error.NotFound("work order");
        if (await db.WorkOrders.FirstOrDefaultAsync(w => w.Id == id, ct) is not { } work) return Error.NotFound("work order");
        var text = (note ?? "").Trim();
        if (text.Length > NoteMax) return Error.Validation("note", $"The note may be at most {NoteMax} characters.");
        var problem = work.OpenProblem;
        var cleared = work.ClearProblem();
        if (cleared.IsFailure) return cleared;

        var now = clock.GetUtcNow();
        work.Touch(now);
        db.WorkOrderUpdates.Add(new WorkOrderUpdate(work.TenantId, work.Id, WorkOrderUpdateKind.ProblemCleared, actor.DisplayName, now)
        {
            Finished = work.FinishedQuantity,
            Note = text.Length > 0 ? text : null,
        });
        var order = await db.Orders.FirstAsync(o => o.Id == work.OrderId, ct);
        var line = $"{work.Description} ({work.Quantity}): {problem}{(text.Length > 0 ? " → " + text : "")}";
        db.Timeline(order, "work:problem-cleared", actor.DisplayName, line.Length <= TimelineEntry.TextMax ? line : line[..(TimelineEntry.TextMax - 1)] + "…",
            forBuyer: false, clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("work_order.changed", "The work order changed meanwhile; look at it again.");
        }
        return Result.Ok();
    }
}
