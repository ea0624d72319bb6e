using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Inspections;

/// <summary>
/// The inspector's verdict on a lot a household presented, and everything it causes, in one
/// SaveChanges (ADR 0058): the check, the work order's quantities and state, the member's payable
/// (key "check:{id}", with the association's fee), events, the order's timeline and its move once
/// every lot is settled, and the household's SMS through the outbox.
/// </summary>
internal sealed class InspectLot(OrdersDb db, IMemberDirectory members, ITenantDirectory tenants, TimeProvider clock)
{
    public static bool MayInspect(CurrentActor actor) => actor.IsInspector || actor.IsExportDesk || actor.IsAssociationAdmin;

    /// <summary>The work order and what it is inspected against, for the plan, the form and the inspection.</summary>
    public async Task<LotContext?> LoadAsync(WorkOrderId id, CancellationToken ct)
    {
        if (await db.WorkOrders.FirstOrDefaultAsync(w => w.Id == id, ct) is not { } work) return null;
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(db.Tenant);
        var aql = SamplingPlan.NormalizeAql(settings.Aql) ?? OrderSettings.Defaults(db.Tenant).Aql;
        var craft = DefectTypes.CraftOf(work.Description, tenants.FindById(db.Tenant));
        return settings.DefectTypes.Count > 0
            ? new LotContext(work, settings, aql, "Association", DefectTypes.FromSettings(settings.DefectTypes))
            : new LotContext(work, settings, aql, craft.ToString(), DefectTypes.Of(craft));
    }

    /// <summary>Checks the inspection without saving anything (the page checks its form before storing photos).</summary>
    public async Task<Result<LotVerdict>> CheckAsync(WorkOrderId id, InspectLotRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!MayInspect(actor)) return Error.Forbidden("Only the association's inspectors, export desk and admin inspect lots.");
        if (await LoadAsync(id, ct) is not { } lot) return Error.NotFound("work order");
        return await DecideAsync(lot, request, ct);
    }

    public async Task<Result<QualityCheck>> InspectAsync(WorkOrderId id, InspectLotRequest request, CurrentActor actor, CancellationToken ct)
    {
        if (!MayInspect(actor)) return Error.Forbidden("Only the association's inspectors, export desk and admin inspect lots.");
        if (await LoadAsync(id, ct) is not { } lot) return Error.NotFound("work order");
        var decided = await DecideAsync(lot, request, ct);
        if (decided.IsFailure) return decided.Error!;
        var verdict = decided.Value!;
        var work = lot.Work;
        var order = await db.Orders.FirstAsync(o => o.Id == work.OrderId, ct);
        var now = clock.GetUtcNow();
        var who = actor.DisplayName;

        var check = new QualityCheck(work.TenantId, work.Id, work.OrderId, work.MemberId, now)
        {
            LotSize = verdict.Plan.LotSize, SampleSize = verdict.SampleInspected, Aql = verdict.Plan.Aql,
            AcceptNumber = verdict.Plan.AcceptNumber, RejectNumber = verdict.Plan.RejectNumber,
            Defects = [.. verdict.Defects], Outcome = verdict.Outcome,
            AcceptedQuantity = verdict.Accepted, ReworkQuantity = verdict.Rework, RejectedQuantity = verdict.Rejected,
            PhotoIds = [.. verdict.PhotoIds], Note = verdict.Note, InspectorUserId = actor.UserId ?? Guid.Empty, InspectorName = who,
        };
        db.QualityChecks.Add(check);
        foreach (var photo in await db.InspectionPhotos.Where(p => p.WorkOrderId == work.Id && p.CheckId == null).ToListAsync(ct))
            if (verdict.PhotoIds.Contains(photo.FileId)) photo.CheckId = check.Id;

        var firstAcceptance = work.AcceptedQuantity == 0;
        work.AcceptedQuantity += verdict.Accepted;
        work.RejectedQuantity += verdict.Rejected;
        work.ReworkQuantity = verdict.Rework;
        work.InspectedAt = now;
        work.State = verdict.Rework > 0 ? WorkOrderState.Rework
            : work.OutstandingQuantity == 0 ? WorkOrderState.Inspected
            : WorkOrderState.Started;   // part of the work presented: the rest is still being made
        work.Touch(now);
        db.WorkOrderUpdates.Add(new WorkOrderUpdate(work.TenantId, work.Id, WorkOrderUpdateKind.Inspected, who, now)
        {
            Note = HouseholdSummary(verdict, lot.Types), PhotoIds = [.. verdict.PhotoIds],
        });

        var earned = Money.Zero(Currency.VND);
        if (verdict.Accepted > 0)
        {
            var posting = Postings.WorkAccepted(work, $"check:{check.Id}", verdict.Accepted, lot.Settings, firstAcceptance, VietnamDate.Today(now), now);
            await db.PostAsync(posting, ct);
            earned = new Money(-posting.Entries.Where(e => e.Account == LedgerAccount.MemberPayable).Sum(e => e.AmountDong), Currency.VND);
        }

        db.Outbox.Add(new WorkOrderInspected(Guid.CreateVersion7(), work.TenantId, check.Id, work.Id, work.OrderId, work.MemberId, verdict.Outcome,
            verdict.Plan.LotSize, verdict.SampleInspected, verdict.Accepted, verdict.Rework, verdict.Rejected, [.. verdict.Defects],
            work.MemberUnitPrice * verdict.Accepted, now), clock);
        db.WorkOrderChanged(work, clock);

        var household = (await members.FindAsync(work.MemberId, ct))?.DisplayName ?? "household";
        db.Timeline(order, "inspection", who, $"{household}: {DeskSummary(verdict)}", forBuyer: false, clock);
        db.Timeline(order, "lot-inspected", who,
            $"Lot inspected (ISO 2859-1, AQL {verdict.Plan.Aql}): {verdict.Accepted} of {verdict.Plan.LotSize} pieces accepted" +
            (verdict.Rework > 0 ? $", {verdict.Rework} to rework" : "") + (verdict.Rejected > 0 ? $", {verdict.Rejected} rejected" : ""),
            forBuyer: true, clock);
        var all = await db.WorkOrders.Where(w => w.OrderId == order.Id).ToListAsync(ct);
        db.AfterWorkChanged(order, all, who, clock);

        db.Outbox.Add(new InspectionNotice(Guid.CreateVersion7(), work.TenantId, check.Id, work.Id, work.MemberId, work.Description, verdict.Outcome,
            verdict.Plan.LotSize, verdict.SampleInspected, verdict.Plan.AcceptNumber, verdict.Accepted, verdict.Rework, verdict.Rejected,
            [.. verdict.Defects.Select(d => new DefectLine(lot.Types.First(t => t.Key == d.Type).Vi, d.Count))], earned, now), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("work_order_changed", "The work order or its order changed while you inspected; reload and try again.");
        }
        return check;
    }

    private async Task<Result<LotVerdict>> DecideAsync(LotContext lot, InspectLotRequest request, CancellationToken ct)
    {
        var work = lot.Work;
        if (work.State != WorkOrderState.ReadyForInspection)
            return Error.Conflict("work_order_state", $"The lot is {work.State}: only a lot the household reported ready can be inspected.");
        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == work.OrderId, ct);
        if (order.State is not (OrderState.InProduction or OrderState.QualityControl))
            return Error.Conflict("order_state", $"The order is {order.State}: its lots are not inspected now.");
        if (work.OutstandingQuantity == 0) return Error.Conflict("work_order_state", "Nothing of this work order is left to inspect.");
        var verdict = LotVerdict.Decide(request, work.OutstandingQuantity, lot.Aql, lot.Types);
        if (verdict.IsFailure || verdict.Value!.PhotoIds.Count == 0) return verdict;
        var ids = verdict.Value.PhotoIds;
        var pending = await db.InspectionPhotos.AsNoTracking()
            .Where(p => p.WorkOrderId == work.Id && p.CheckId == null && ids.Contains(p.FileId)).CountAsync(ct);
        return pending == ids.Count ? verdict : Error.Validation("photoIds", "Cite only photos uploaded for this lot and not yet used by an inspection.");
    }

    /// <summary>The desk's line: the plan, the defects by key, where the pieces went.</summary>
    public static string DeskSummary(LotVerdict v) =>
        $"lot {v.Plan.LotSize}, sample {v.SampleInspected} (code {v.Plan.CodeLetter}, AQL {v.Plan.Aql}, Ac {v.Plan.AcceptNumber}/Re {v.Plan.RejectNumber}), " +
        $"{v.Defective} defective" + (v.Defects.Count > 0 ? $" ({string.Join(", ", v.Defects.Select(d => $"{d.Type} {d.Count}"))})" : "") +
        $"; {v.Outcome}: accepted {v.Accepted}, rework {v.Rework}, rejected {v.Rejected}";

    /// <summary>The line the household reads in its work order's history (Vietnamese).</summary>
    private static string HouseholdSummary(LotVerdict v, IReadOnlyList<DefectType> types)
    {
        var defects = v.Defects.Count == 0 ? "không có lỗi"
            : string.Join(", ", v.Defects.Select(d => $"{types.First(t => t.Key == d.Type).Vi} {d.Count}"));
        var outcome = v.Outcome switch
        {
            InspectionOutcome.Accepted => "Đạt",
            InspectionOutcome.Rework => "Làm lại cả lô",
            _ => "Loại",
        };
        return $"Kiểm lô {v.Plan.LotSize} chiếc, mẫu {v.SampleInspected}: {defects}. {outcome}: nhận {v.Accepted}, làm lại {v.Rework}, loại {v.Rejected}.";
    }
}

/// <summary>A work order with the association's settings, its AQL and defect types (<see cref="TypesFrom"/>: the craft's list, or "Association").</summary>
internal sealed record LotContext(WorkOrder Work, OrderSettings Settings, string Aql, string TypesFrom, IReadOnlyList<DefectType> Types)
{
    /// <summary>The plan for the lot presented now (every outstanding piece) or <paramref name="lotSize"/> of them; null when nothing is left.</summary>
    public SamplingPlan? Plan(int? lotSize = null)
    {
        var outstanding = Work.OutstandingQuantity;
        return outstanding < 1 ? null : SamplingPlan.For(Math.Clamp(lotSize ?? outstanding, 1, outstanding), Aql);
    }
}
