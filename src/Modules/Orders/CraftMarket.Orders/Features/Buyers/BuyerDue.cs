using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>What the buyer must pay now, and for what: the deposit before production, the balance after inspection.</summary>
internal sealed record DueNow(PaymentPurpose Purpose, Money Amount);

/// <summary>
/// The one rule for "what is due now" on the buyer's page, in the list and in the e-mails: the deposit
/// while the order awaits it; nothing while the goods are made and inspected (the balance comes
/// later: <see cref="Later"/>); the balance once inspection is done, until it is in. Closed and
/// cancelled orders ask for nothing (a refund is the desk's to make).
/// </summary>
internal static class BuyerDue
{
    public static DueNow? Now(Order order) => Now(order.State, order.Total, order.Paid, order.Deposit);

    public static DueNow? Now(OrderState state, Money total, Money paid, Money deposit)
    {
        var zero = Money.Zero(total.Currency);
        return state switch
        {
            OrderState.AwaitingDeposit when Money.Max(deposit - paid, zero) is { IsPositive: true } due => new(PaymentPurpose.Deposit, due),
            OrderState.AwaitingBalance or OrderState.ReadyToShip or OrderState.Shipped or OrderState.Delivered
                when Money.Max(total - paid, zero) is { IsPositive: true } due => new(PaymentPurpose.Balance, due),
            _ => null,
        };
    }

    /// <summary>The balance still to come once the goods pass inspection (shown while the deposit is due or the goods are being made).</summary>
    public static Money? Later(Order order)
    {
        var later = order.State switch
        {
            OrderState.AwaitingDeposit => order.BalanceDue - order.DepositDue,
            OrderState.InProduction or OrderState.QualityControl => order.BalanceDue,
            _ => Money.Zero(order.Currency),
        };
        return later.IsPositive ? later : null;
    }
}
