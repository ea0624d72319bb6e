using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// The only way an order changes state. Moves not in <see cref="Allowed"/> are refused with a 409
/// the caller shows as is; every accepted move is written to the timeline and raises
/// <see cref="OrderChanged"/> (<see cref="OrderEvents.MoveTo"/>), so it is audited.
/// </summary>
internal static class OrderStateMachine
{
    private static readonly Dictionary<OrderState, OrderState[]> Allowed = new()
    {
        [OrderState.AwaitingDeposit] = [OrderState.InProduction, OrderState.Cancelled],
        // Production ends in inspection; an order whose every lot was inspected may skip straight on.
        [OrderState.InProduction] = [OrderState.QualityControl, OrderState.Cancelled],
        [OrderState.QualityControl] = [OrderState.InProduction, OrderState.AwaitingBalance, OrderState.ReadyToShip, OrderState.Cancelled],
        [OrderState.AwaitingBalance] = [OrderState.ReadyToShip, OrderState.Cancelled],
        [OrderState.ReadyToShip] = [OrderState.Shipped],
        [OrderState.Shipped] = [OrderState.Delivered],
        [OrderState.Delivered] = [OrderState.Closed],
        [OrderState.Closed] = [],
        [OrderState.Cancelled] = [],
    };

    public static bool CanMove(OrderState from, OrderState to) => Allowed[from].Contains(to);

    public static IReadOnlyList<OrderState> NextFrom(OrderState from) => Allowed[from];

    public static Result Check(Order order, OrderState to) =>
        CanMove(order.State, to)
            ? Result.Ok()
            : Error.Conflict("order.state", $"An order that is {order.State} cannot become {to}.");
}
