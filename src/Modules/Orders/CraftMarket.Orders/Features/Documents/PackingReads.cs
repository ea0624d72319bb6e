using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>The desk's view of an order's packing data (the page and GET /api/orders/{id}/packing).</summary>
internal sealed class PackingReads(OrdersDb db)
{
    public async Task<Result<PackingDto>> Get(Guid orderId, CurrentActor actor, CancellationToken ct)
    {
        if (!OrderDocuments.IsDesk(actor)) return Error.NotFound("order");
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == new OrderId(orderId), ct);
        return order is null ? Error.NotFound("order") : PackingUpdate.Read(order);
    }
}
