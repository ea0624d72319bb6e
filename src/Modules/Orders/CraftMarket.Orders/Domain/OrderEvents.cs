using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// Every feature records a change the same way, in the unit of work that makes it: a timeline line
/// (the audit trail the buyer and the desk read) and, where the buyer or insight cares, an
/// <see cref="OrderChanged"/> through the outbox (buyer e-mails are sent from it).
/// </summary>
internal static class OrderEvents
{
    public static void Changed(this OrdersDb db, Order order, OrderChange change, TimeProvider clock) =>
        db.Outbox.Add(new OrderChanged(Guid.CreateVersion7(), order.TenantId, order.Id, change, order.State, order.Total, order.Paid,
            new Money(order.TotalVnd, Currency.VND), clock.GetUtcNow(), order.DeliveryDate), clock);

    public static TimelineEntry Timeline(this OrdersDb db, Order order, string kind, string actorName, string text, bool forBuyer, TimeProvider clock)
    {
        var entry = new TimelineEntry(order.TenantId, order.Id, kind, actorName, text, forBuyer, clock.GetUtcNow());
        db.Timeline.Add(entry);
        return entry;
    }

    /// <summary>
    /// Moves the order if <see cref="OrderStateMachine"/> allows it: state, timeline ("state:X"), event.
    /// The caller saves. A refused move changes nothing and says why (409).
    /// </summary>
    public static Result MoveTo(this OrdersDb db, Order order, OrderState to, string actorName, string note, TimeProvider clock)
    {
        var allowed = OrderStateMachine.Check(order, to);
        if (allowed.IsFailure) return allowed;
        order.State = to;
        order.Touch(clock.GetUtcNow());
        db.Timeline(order, $"state:{to}", actorName, note, forBuyer: true, clock);
        db.Changed(order, OrderChange.StateChanged, clock);
        return Result.Ok();
    }

    public static void WorkOrderChanged(this OrdersDb db, WorkOrder work, TimeProvider clock) =>
        db.Outbox.Add(new WorkOrderChanged(Guid.CreateVersion7(), work.TenantId, work.Id, work.OrderId, work.MemberId, work.State,
            work.Quantity, work.FinishedQuantity, work.AcceptedQuantity, work.AcceptedValue, work.DueOn, clock.GetUtcNow()), clock);
}
