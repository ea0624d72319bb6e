using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>
/// What the ledger does when an order ends (consumer of <see cref="OrderChanged"/>, idempotent by the
/// event and by the posting's key). Closed: the surplus (<see cref="OrderFigures.Surplus"/>) is shared
/// with the households that made the goods by the value of their accepted work, or kept by the
/// association, as its settings say; a loss is never charged to households. Cancelled: the sale is
/// reversed (key "cancel:{orderId}"), so refunding what was paid brings the receivable to zero.
/// </summary>
internal sealed class OrderEndLedger(OrdersDb db, LedgerBalances balances, TimeProvider clock) : IIntegrationEventHandler<OrderChanged>
{
    private const string Consumer = "orders.ledger-order-end";
    public const string ActorName = "Ledger";

    public async Task Handle(OrderChanged e, CancellationToken ct)
    {
        if (e.Change != OrderChange.StateChanged || e.State is not (OrderState.Closed or OrderState.Cancelled)) return;
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == e.OrderId, ct) is { } order && order.State == e.State)
        {
            var bookedOn = VietnamDate.Today(e.At);
            if (e.State == OrderState.Cancelled) await CancelledAsync(order, bookedOn, e.At, ct);
            else await ClosedAsync(order, bookedOn, e.At, ct);
        }
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }

    private async Task CancelledAsync(Order order, DateOnly bookedOn, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.PostAsync(Postings.OrderCancelled(order, bookedOn, at), ct))
            db.Timeline(order, "ledger:cancelled", ActorName, $"Sale of {Postings.Vnd(order.TotalVnd)} reversed in the ledger", forBuyer: false, clock);
    }

    private async Task ClosedAsync(Order order, DateOnly bookedOn, DateTimeOffset at, CancellationToken ct)
    {
        var key = $"surplus:{order.Id}";
        if (await db.Transactions.AnyAsync(t => t.SourceKey == key, ct)) return;
        var figures = OrderFigures.Of(await balances.OfOrderAsync(order.Id, ct));
        var surplus = Postings.Vnd(figures.Surplus);
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(db.Tenant);
        var producing = await db.WorkOrders.Where(w => w.OrderId == order.Id && w.AcceptedQuantity > 0 && w.MemberUnitPriceDong > 0)
            .OrderBy(w => w.CreatedAt).ToListAsync(ct);
        string text;
        if (!surplus.IsPositive)
            text = $"No surplus to share ({surplus}): the association bears it; households are never charged a loss";
        else if (settings.SurplusPolicy == SurplusPolicy.KeepByAssociation)
            text = $"Surplus of {surplus} stays with the association (its surplus policy)";
        else if (producing.Count == 0)
            text = $"Surplus of {surplus} stays with the association: no household had accepted work on this order";
        else
        {
            await db.PostAsync(Postings.SurplusShared(order, surplus, producing, bookedOn, at), ct);
            text = $"Surplus of {surplus} shared among {producing.Select(w => w.MemberId).Distinct().Count()} household(s) by accepted value";
        }
        db.Timeline(order, "ledger:surplus", ActorName, text, forBuyer: false, clock);
    }
}
