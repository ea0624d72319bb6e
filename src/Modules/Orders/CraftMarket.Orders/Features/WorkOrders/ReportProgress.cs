using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// A household reports on its own work order: started, pieces finished, ready for inspection, a
/// problem, a delay. One unit of work: the work order, its history line, <see cref="WorkOrderChanged"/>,
/// the order's progress (the first lot ready puts a producing order in quality control) and, for a
/// problem or delay, a line on the order's timeline the buyer never sees. A stale revision is a 409.
/// </summary>
internal sealed class ReportProgress(OrdersDb db, WorkOrderAccess access, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Kinds = ["started", "progress", "ready", "problem", "delay"];

    public Task<Result<int>> Handle(WorkOrderId id, ProgressRequest? request, CurrentActor actor, CancellationToken ct) =>
        Handle(id, request, actor, retried: false, ct);

    private async Task<Result<int>> Handle(WorkOrderId id, ProgressRequest? request, CurrentActor actor, bool retried, CancellationToken ct)
    {
        if (await access.OwnAsync(id, actor, ct) is not { } work) return Error.NotFound("work order");
        if (request is null) return Error.Validation("kind", $"Say what you report: {string.Join(", ", Kinds)}.");
        var kind = (request.Kind ?? "").Trim().ToLowerInvariant();
        var note = (request.Note ?? "").Trim();
        if (note.Length > WorkOrderUpdate.NoteMax) return Error.Validation("note", $"The note may be at most {WorkOrderUpdate.NoteMax} characters.");
        var photos = (request.PhotoIds ?? []).Distinct().ToList();
        if (photos.Any(p => !work.PhotoIds.Contains(p)))
            return Error.Validation("photoIds", "Upload the photos to this work order first, then report them.");
        if (request.Revision is { } revision && revision != work.Revision)
            return Error.Conflict("work_order.changed", "The work order changed meanwhile; look at it again and send your report again.");

        var now = clock.GetUtcNow();
        var today = VietnamDate.Today(now);
        var (updateKind, changed) = Apply(work, kind, request, note, today);
        if (changed.IsFailure) return changed.Error!;

        work.Touch(now);
        db.WorkOrderUpdates.Add(new WorkOrderUpdate(work.TenantId, work.Id, updateKind, actor.DisplayName, now)
        {
            Finished = work.FinishedQuantity,
            Note = note.Length > 0 ? note : null,
            ExpectedOn = updateKind == WorkOrderUpdateKind.Delay ? work.ExpectedOn : null,
            PhotoIds = photos,
        });
        db.WorkOrderChanged(work, clock);

        var order = await db.Orders.FirstAsync(o => o.Id == work.OrderId, ct);
        if (updateKind is WorkOrderUpdateKind.Problem or WorkOrderUpdateKind.Delay)
            db.Timeline(order, updateKind == WorkOrderUpdateKind.Problem ? "work:problem" : "work:delay", actor.DisplayName,
                Clip(updateKind == WorkOrderUpdateKind.Problem ? $"{work.Description} ({work.Quantity}): {note}"
                    : $"{work.Description} ({work.Quantity}): expected {work.ExpectedOn:yyyy-MM-dd}, due {work.DueOn:yyyy-MM-dd}{(note.Length > 0 ? ". " + note : "")}"),
                forBuyer: false, clock);
        var all = await db.WorkOrders.Where(w => w.OrderId == work.OrderId).ToListAsync(ct);   // the tracked one is this very instance
        db.AfterWorkChanged(order, all, actor.DisplayName, clock);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e) when (!retried && e.Entries.All(x => x.Entity is Order))
        {
            // Only the order moved meanwhile (another household's lot ready at the same moment): this report still stands.
            db.ChangeTracker.Clear();
            return await Handle(id, request, actor, retried: true, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("work_order.changed", "The work order changed meanwhile; look at it again and send your report again.");
        }
        return work.Revision;
    }

    private static (WorkOrderUpdateKind Kind, Result Changed) Apply(WorkOrder work, string kind, ProgressRequest request, string note, DateOnly today)
    {
        switch (kind)
        {
            case "started":
                return (WorkOrderUpdateKind.Started, work.Start());
            case "progress":
                return (WorkOrderUpdateKind.Progress, request.Finished is { } finished
                    ? work.ReportFinished(finished) : Error.Validation("finished", "Say how many pieces are finished."));
            case "ready":
                return (WorkOrderUpdateKind.Ready, work.Ready(request.Finished));
            case "problem":
                return (WorkOrderUpdateKind.Problem, note.Length == 0
                    ? Error.Validation("note", "Describe the problem in a few words.") : work.ReportProblem(note));
            case "delay":
                return (WorkOrderUpdateKind.Delay, request.ExpectedOn is { } expected
                    ? work.ReportDelay(expected, note.Length > 0 ? note : null, today)
                    : Error.Validation("expectedOn", "Give the date you now expect to finish."));
            default:
                return (default, Error.Validation("kind", $"Say what you report: {string.Join(", ", Kinds)}."));
        }
    }

    private static string Clip(string text) => text.Length <= TimelineEntry.TextMax ? text : text[..(TimelineEntry.TextMax - 1)] + "…";
}
