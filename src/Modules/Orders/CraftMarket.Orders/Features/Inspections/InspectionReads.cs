using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Inspections;

internal sealed record DefectTypeDto(string Key, string Vi, string En);

/// <summary>The plan for the lot a work order presents now (or for <c>lotSize</c> pieces of it), and the defect types to count.</summary>
internal sealed record SamplingPlanDto(Guid WorkOrderId, WorkOrderState State, int Outstanding, int LotSize, string Aql, string CodeLetter,
    string PlanLetter, int SampleSize, bool FullInspection, int AcceptNumber, int RejectNumber, string Craft, IReadOnlyList<DefectTypeDto> DefectTypes);

internal sealed record DefectCountDto(string Type, string Vi, string En, int Count);

/// <summary>
/// One inspection. <see cref="Note"/> and <see cref="InspectorName"/> are the association's own
/// (null when the household reads its results: ADR 0058).
/// </summary>
internal sealed record InspectionDto(Guid Id, Guid WorkOrderId, DateTimeOffset At, int LotSize, int SampleSize, string Aql, int AcceptNumber,
    int RejectNumber, IReadOnlyList<DefectCountDto> Defects, InspectionOutcome Outcome, int Accepted, int Rework, int Rejected,
    IReadOnlyList<Guid> PhotoIds, string? Note, string? InspectorName);

/// <summary>A lot waiting for the inspector: the oldest reported ready first.</summary>
internal sealed record QueuedLot(Guid WorkOrderId, string OrderNumber, string Household, string Description, int Lot, int Quantity,
    DateOnly DueOn, DateTimeOffset ReadySince, bool IsRework);

internal sealed class InspectionReads(OrdersDb db, InspectLot lots, IMemberDirectory members)
{
    public async Task<SamplingPlanDto?> PlanAsync(WorkOrderId id, int? lotSize, CancellationToken ct)
    {
        if (await lots.LoadAsync(id, ct) is not { } lot) return null;
        var plan = lot.Plan(lotSize);
        return new SamplingPlanDto(id.Value, lot.Work.State, lot.Work.OutstandingQuantity, plan?.LotSize ?? 0, lot.Aql,
            plan?.CodeLetter.ToString() ?? "", plan?.PlanLetter.ToString() ?? "", plan?.SampleSize ?? 0, plan?.IsFullInspection ?? false,
            plan?.AcceptNumber ?? 0, plan?.RejectNumber ?? 0, lot.TypesFrom, [.. lot.Types.Select(t => new DefectTypeDto(t.Key, t.Vi, t.En))]);
    }

    /// <summary>
    /// A work order's inspections, newest first: the desk and inspectors see everything; the household
    /// that owns the work order sees its own results without the inspector's note and name; anyone
    /// else (another household) reads not found.
    /// </summary>
    public async Task<IReadOnlyList<InspectionDto>?> ListAsync(WorkOrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (await lots.LoadAsync(id, ct) is not { } lot) return null;
        var staff = actor.IsStaff;
        if (!staff && !(actor.IsProducerFor(out var member) && member == lot.Work.MemberId)) return null;
        var checks = await db.QualityChecks.AsNoTracking().Where(c => c.WorkOrderId == id).ToListAsync(ct);
        return [.. checks.OrderByDescending(c => c.At).Select(c => Dto(c, lot.Types, staff))];
    }

    public static InspectionDto Dto(QualityCheck c, IReadOnlyList<DefectType> types, bool staff) => new(
        c.Id.Value, c.WorkOrderId.Value, c.At, c.LotSize, c.SampleSize, c.Aql, c.AcceptNumber, c.RejectNumber,
        [.. c.Defects.Select(d => types.FirstOrDefault(t => string.Equals(t.Key, d.Type, StringComparison.Ordinal)) is { } t
            ? new DefectCountDto(d.Type, t.Vi, t.En, d.Count) : new DefectCountDto(d.Type, d.Type, d.Type, d.Count))],
        c.Outcome, c.AcceptedQuantity, c.ReworkQuantity, c.RejectedQuantity, [.. c.PhotoIds],
        staff ? c.Note : null, staff ? c.InspectorName : null);

    /// <summary>Every lot ready for inspection in the association, the longest waiting first (then the earliest due).</summary>
    public async Task<IReadOnlyList<QueuedLot>> QueueAsync(CancellationToken ct)
    {
        var ready = await db.WorkOrders.AsNoTracking().Where(w => w.State == WorkOrderState.ReadyForInspection).ToListAsync(ct);
        if (ready.Count == 0) return [];
        var ids = ready.Select(w => w.Id).ToList();
        var orderIds = ready.Select(w => w.OrderId).Distinct().ToList();
        var numbers = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.Number }).ToListAsync(ct);
        // Dates are compared in memory: SQLite cannot order by a DateTimeOffset.
        var readyAt = (await db.WorkOrderUpdates.AsNoTracking().Where(u => ids.Contains(u.WorkOrderId) && u.Kind == WorkOrderUpdateKind.Ready)
                .Select(u => new { u.WorkOrderId, u.At }).ToListAsync(ct))
            .GroupBy(u => u.WorkOrderId).ToDictionary(g => g.Key, g => g.Max(u => u.At));
        var names = (await members.ListAsync(ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        return [.. ready
            .Select(w => new QueuedLot(w.Id.Value, numbers.FirstOrDefault(n => n.Id == w.OrderId)?.Number ?? "", names.GetValueOrDefault(w.MemberId) ?? "",
                w.Description, w.OutstandingQuantity, w.Quantity, w.DueOn, readyAt.TryGetValue(w.Id, out var at) ? at : w.UpdatedAt,
                w.AcceptedQuantity + w.RejectedQuantity > 0 || w.ReworkQuantity > 0))
            .OrderBy(q => q.ReadySince).ThenBy(q => q.DueOn)];
    }
}
