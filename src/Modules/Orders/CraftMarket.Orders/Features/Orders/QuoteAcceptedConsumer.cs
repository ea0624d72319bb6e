using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>
/// The buyer accepted a joint quote: open the order under the id the buyer was already told, one
/// work order per accepted share, the receivable in the ledger, the "placed" line on the timeline
/// and the events the buyer's e-mail and the households' texts are sent from, all in one
/// SaveChanges with the processed mark. Idempotent twice over: by the event (a redelivery) and by
/// the order id (the same acceptance raised again); a concurrent twin loses on the primary key and
/// its retry finds the order.
/// </summary>
internal sealed class QuoteAcceptedConsumer(OrdersDb db, ICatalogue catalogue, TimeProvider clock) : IIntegrationEventHandler<QuoteAccepted>
{
    private const string Consumer = "orders.quote-accepted";

    public async Task Handle(QuoteAccepted e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        if (await db.Orders.AnyAsync(o => o.Id == e.OrderId, ct))
        {
            db.MarkProcessed(e.EventId, Consumer, clock);
            await db.SaveChangesAsync(ct);
            return;
        }

        var now = clock.GetUtcNow();
        var (order, work) = OrderOpening.Open(e, await CasePiecesAsync(e, ct), now);
        db.Orders.Add(order);
        db.WorkOrders.AddRange(work);
        foreach (var w in work)
            db.WorkOrderUpdates.Add(new WorkOrderUpdate(w.TenantId, w.Id, WorkOrderUpdateKind.Issued, order.SellerName, now) { Note = w.Description });
        await db.PostAsync(Postings.OrderPlaced(order, VietnamDate.Today(now), now), ct);
        db.Timeline(order, "placed", e.Buyer.Name, $"Quote {e.InquiryNumber} version {e.QuoteVersion} accepted: order {order.Number}, {order.Total}",
            forBuyer: true, clock);
        db.Timeline(order, "work-orders", order.SellerName, $"{work.Count} work order(s) issued to the households", forBuyer: false, clock);
        db.Changed(order, OrderChange.Placed, clock);
        foreach (var w in work) db.WorkOrderChanged(w, clock);
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Each product's case size (order multiple) as the catalogue has it now; a product no longer published keeps 1 (the desk corrects it).</summary>
    private async Task<IReadOnlyDictionary<Guid, int>> CasePiecesAsync(QuoteAccepted e, CancellationToken ct)
    {
        var ids = e.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await catalogue.FindPublishedAsync(ids, ct);
        return products.ToDictionary(p => p.Id.Value, p => Math.Max(1, p.OrderMultiple));
    }
}
