using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// Reads of work orders: a household's own (open first, late ones marked; the order's number, never
/// its buyer), one work order with its history for its household or the desk, and every work order of
/// an order for the desk, late first, with the members' names.
/// </summary>
internal sealed class WorkOrderReads(OrdersDb db, WorkOrderAccess access, ICatalogue catalogue, IMemberDirectory members, TimeProvider clock)
{
    public async Task<IReadOnlyList<MyWorkOrderDto>> MineAsync(CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsProducerFor(out var member)) return [];
        var work = await db.WorkOrders.AsNoTracking().Where(w => w.MemberId == member).ToListAsync(ct);
        var today = VietnamDate.Today(clock.GetUtcNow());
        var views = await ViewAsync(work, ct);
        return [.. work.OrderBy(w => w.IsSettled).ThenByDescending(w => w.IsLateOn(today)).ThenBy(w => w.IsSettled ? DateOnly.MaxValue : w.DueOn)
            .ThenByDescending(w => w.UpdatedAt).Select(w => views[w.Id])];
    }

    public async Task<Result<WorkOrderDetailDto>> OneAsync(WorkOrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (await access.ReadableAsync(id, actor, ct) is not { } work) return Error.NotFound("work order");
        var view = (await ViewAsync([work], ct))[work.Id];
        var name = (await members.FindAsync(work.MemberId, ct))?.DisplayName ?? "";
        var history = await db.WorkOrderUpdates.AsNoTracking().Where(u => u.WorkOrderId == id).ToListAsync(ct);
        return new WorkOrderDetailDto(view, work.OrderId.Value, work.MemberId.Value, name, work.Specification, work.PhotoIds,
            [.. history.OrderByDescending(u => u.At).Select(u => new WorkOrderUpdateDto(u.Kind.ToString(), u.AuthorName, u.Finished, u.Note,
                u.ExpectedOn, u.PhotoIds, u.At))]);
    }

    /// <summary>Every work order of the order, late ones first, then by due date; for the desk only.</summary>
    public async Task<Result<OrderWorkDto>> ForOrderAsync(OrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (!WorkOrderAccess.IsDesk(actor)) return Error.NotFound("order");
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Number, o.State }).FirstOrDefaultAsync(ct);
        if (order is null) return Error.NotFound("order");
        var work = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == id).ToListAsync(ct);
        var names = (await members.MakersAsync([.. work.Select(w => w.MemberId).Distinct()], ct)).ToDictionary(m => m.Id, m => m.DisplayName);
        var products = await ProductNamesAsync(work, ct);
        var today = VietnamDate.Today(clock.GetUtcNow());
        return new OrderWorkDto(id.Value, order.Number, order.State, [.. work
            .OrderByDescending(w => w.IsLateOn(today)).ThenBy(w => w.DueOn).ThenBy(w => names.GetValueOrDefault(w.MemberId, ""), StringComparer.Ordinal)
            .Select(w => new DeskWorkOrderDto(w.Id.Value, w.MemberId.Value, names.GetValueOrDefault(w.MemberId, "?"), ProductOf(w, products), w.Quantity,
                w.DueOn, w.State, w.FinishedQuantity, w.AcceptedQuantity, w.RejectedQuantity, w.ReworkQuantity, w.IsLateOn(today), w.ExpectedOn,
                w.OpenProblem is not null, w.OpenProblem, w.PhotoIds, w.UpdatedAt))]);
    }

    /// <summary>The order a work order belongs to (any in this association), for links that name both.</summary>
    public async Task<OrderId?> OrderOfAsync(WorkOrderId id, CancellationToken ct) =>
        await db.WorkOrders.AsNoTracking().Where(w => w.Id == id).Select(w => (OrderId?)w.OrderId).FirstOrDefaultAsync(ct);

    private async Task<Dictionary<WorkOrderId, MyWorkOrderDto>> ViewAsync(IReadOnlyList<WorkOrder> work, CancellationToken ct)
    {
        if (work.Count == 0) return [];
        var orderIds = work.Select(w => w.OrderId).Distinct().ToList();
        var numbers = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.Number }).ToDictionaryAsync(o => o.Id, o => o.Number, ct);
        var products = await ProductNamesAsync(work, ct);
        var today = VietnamDate.Today(clock.GetUtcNow());
        return work.ToDictionary(w => w.Id, w => new MyWorkOrderDto(w.Id.Value, numbers.GetValueOrDefault(w.OrderId, ""), ProductOf(w, products),
            w.Description, w.VariantSku, w.Quantity, w.DueOn, w.State, w.FinishedQuantity, w.AcceptedQuantity, w.RejectedQuantity, w.ReworkQuantity,
            w.MemberUnitPriceDong, new Money(w.BuyerUnitPriceMinor, Currency.Of(w.BuyerCurrencyCode)), w.BuyerUnitPriceDong, w.IsLateOn(today),
            w.ExpectedOn, w.OpenProblem, w.Revision) { Unit = w.Unit });
    }

    /// <summary>The products' Vietnamese names (households read Vietnamese), else any name the catalogue has.</summary>
    private async Task<Dictionary<ProductId, string>> ProductNamesAsync(IReadOnlyList<WorkOrder> work, CancellationToken ct) =>
        (await catalogue.NamesAsync([.. work.Select(w => w.ProductId).Distinct()], ct))
            .ToDictionary(n => n.Id, n => n.Name.TryGetValue("vi", out var vi) ? vi : n.Name.Values.FirstOrDefault() ?? "");

    private static string ProductOf(WorkOrder w, Dictionary<ProductId, string> names) =>
        names.TryGetValue(w.ProductId, out var name) && name.Length > 0 ? name : w.Description;
}
