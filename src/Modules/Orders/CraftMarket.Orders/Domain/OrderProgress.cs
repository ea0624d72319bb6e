using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// The moves work alone causes, in one place so the household's "ready" and the inspector's verdict
/// agree: the first lot ready (or inspected) puts a producing order in quality control; when every
/// work order is settled the order waits for its balance, or is ready to ship if the balance is in;
/// a rework sends nothing back (the order stays in quality control until the lot is settled).
/// <paramref name="work"/> is every work order of the order, as just changed. The caller saves.
/// </summary>
internal static class OrderProgress
{
    public static void AfterWorkChanged(this OrdersDb db, Order order, IReadOnlyCollection<WorkOrder> work, string actorName, TimeProvider clock)
    {
        if (order.State == OrderState.InProduction
            && work.Any(w => w.State is WorkOrderState.ReadyForInspection or WorkOrderState.Inspected or WorkOrderState.Rework))
            db.MoveTo(order, OrderState.QualityControl, actorName, "First lot ready for inspection", clock);

        if (order.State == OrderState.QualityControl && work.Count > 0 && work.All(w => w.IsSettled))
            db.MoveTo(order, order.BalanceDue.IsZero ? OrderState.ReadyToShip : OrderState.AwaitingBalance, actorName,
                "Every lot inspected", clock);
    }
}
