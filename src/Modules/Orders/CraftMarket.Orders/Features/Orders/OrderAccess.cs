using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Domain;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>
/// Who reads and moves an order: the export desk and the association admin (any order of their
/// association), the buyer (only an order whose buyer it is). Anyone else, inspector and household
/// included, is told the order does not exist, so an id confirms nothing.
/// </summary>
internal static class OrderAccess
{
    public static readonly ActorRequirement Desk = ActorRequirement.AnyOf(ActorRequirement.ExportDesk, ActorRequirement.AssociationAdmin);

    public static bool IsDesk(this CurrentActor actor) => Desk.IsMetBy(actor);

    public static bool IsBuyerOf(this CurrentActor actor, Order order) =>
        actor.IsBuyer && actor.UserId is { } me && me != Guid.Empty && order.Buyer.UserId == me;

    public static bool MayRead(this CurrentActor actor, Order order) => actor.IsDesk() || actor.IsBuyerOf(order);
}
