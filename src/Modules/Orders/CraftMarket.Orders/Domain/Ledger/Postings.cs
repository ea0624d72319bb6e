using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Domain.Ledger;

/// <summary>
/// The recipes: which accounts each business event moves, in đồng, with the contract amount kept
/// beside. Pure (no database), so property tests can run them by the thousand; callers post the
/// result with <see cref="LedgerBook.PostAsync"/> in the unit of work of the change itself.
/// </summary>
internal static class Postings
{
    /// <summary>The buyer owes the order's value, booked at the quote's rate.</summary>
    public static LedgerTransaction OrderPlaced(Order order, DateOnly bookedOn, DateTimeOffset at) =>
        new LedgerTransaction(order.TenantId, LedgerKind.OrderPlaced, $"order:{order.Id}", $"Order {order.Number} placed", bookedOn, at) { OrderId = order.Id }
            .Debit(LedgerAccount.BuyerReceivable, Vnd(order.TotalVnd), order.Total)
            .Credit(LedgerAccount.Sales, Vnd(order.TotalVnd), order.Total);

    /// <summary>
    /// Money in: the clearing or bank account gets the đồng actually received; the receivable is
    /// reduced at the book rate for the part that was owed, any excess becomes the buyer's credit,
    /// and the difference between book and received is an exchange gain or loss.
    /// <paramref name="paidBefore"/> is what the order had received before this payment.
    /// </summary>
    public static LedgerTransaction PaymentReceived(Order order, Payment payment, Money paidBefore, DateOnly bookedOn, DateTimeOffset at)
    {
        var amount = payment.Amount;
        var owed = Money.Max(order.Total - paidBefore, Money.Zero(order.Currency));
        var applied = Money.Min(amount, owed);
        var excess = amount - applied;
        var bookApplied = order.ToVnd(applied);
        var bookExcess = order.ToVnd(excess);
        var received = Vnd(payment.AmountVnd);
        var account = payment.Method == PaymentMethod.Card ? LedgerAccount.StripeClearing : LedgerAccount.Bank;
        return new LedgerTransaction(order.TenantId, LedgerKind.PaymentReceived, $"payment:{payment.Id}",
                $"{payment.Purpose} for {order.Number} ({payment.Method})", bookedOn, at) { OrderId = order.Id }
            .Debit(account, received, amount)
            .Credit(LedgerAccount.BuyerReceivable, bookApplied, applied)
            .Credit(LedgerAccount.BuyerCredit, bookExcess, excess)
            .Debit(LedgerAccount.ExchangeDifference, bookApplied + bookExcess - received);
    }

    /// <summary>
    /// A household's lot passed inspection: the association owes it the accepted pieces at its price,
    /// less the association's fee (percentage, plus the fixed fee on the work order's first acceptance),
    /// never more fee than the work is worth.
    /// </summary>
    public static LedgerTransaction WorkAccepted(WorkOrder work, string checkKey, int acceptedNow, OrderSettings settings, bool firstAcceptance,
        DateOnly bookedOn, DateTimeOffset at)
    {
        var gross = work.MemberUnitPrice * acceptedNow;
        var fee = gross.SplitPercent(settings.FeeBasisPoints).Part;
        if (firstAcceptance) fee += Vnd(settings.FeeFixedDong);
        fee = Money.Min(fee, gross);
        return new LedgerTransaction(work.TenantId, LedgerKind.WorkAccepted, checkKey, $"{acceptedNow} accepted pieces, work order {work.Id}", bookedOn, at)
            { OrderId = work.OrderId }
            .Debit(LedgerAccount.ProductionCost, gross, member: work.MemberId, workOrder: work.Id)
            .Credit(LedgerAccount.MemberPayable, gross - fee, member: work.MemberId, workOrder: work.Id)
            .Credit(LedgerAccount.AssociationFee, fee, member: work.MemberId, workOrder: work.Id);
    }

    /// <summary>A household is paid: its payable falls, the money leaves the account it was paid from.</summary>
    public static LedgerTransaction PayoutMade(Payout payout, DateTimeOffset at)
    {
        var from = payout.Method switch
        {
            PayoutMethod.Cash => LedgerAccount.Cash,
            PayoutMethod.MobileWallet => LedgerAccount.MobileWallet,
            _ => LedgerAccount.Bank,
        };
        return new LedgerTransaction(payout.TenantId, LedgerKind.Payout, $"payout:{payout.Id}", $"Payout {payout.Method} {payout.Reference}", payout.PaidOn, at)
            .Debit(LedgerAccount.MemberPayable, payout.Amount, member: payout.MemberId)
            .Credit(from, payout.Amount);
    }

    /// <summary>
    /// Money back to the buyer at the order's book rate: first out of what the buyer had paid above the
    /// total (its credit), the rest against the receivable (a cancelled sale's receivable went negative
    /// when the ledger reversed it). <paramref name="overpaidBefore"/> is the order's excess before this refund.
    /// </summary>
    public static LedgerTransaction Refunded(Order order, Refund refund, PaymentMethod method, Money overpaidBefore, DateOnly bookedOn, DateTimeOffset at)
    {
        var fromCredit = Money.Min(refund.Amount, overpaidBefore);
        var rest = refund.Amount - fromCredit;
        var bookCredit = order.ToVnd(fromCredit);
        var bookRest = order.ToVnd(rest);
        var account = method == PaymentMethod.Card ? LedgerAccount.StripeClearing : LedgerAccount.Bank;
        return new LedgerTransaction(order.TenantId, LedgerKind.Refund, $"refund:{refund.Id}", $"Refund for {order.Number}: {refund.Reason}", bookedOn, at)
            { OrderId = order.Id }
            .Debit(LedgerAccount.BuyerCredit, bookCredit, fromCredit)
            .Debit(LedgerAccount.BuyerReceivable, bookRest, rest)
            .Credit(account, bookCredit + bookRest, refund.Amount);
    }

    public static Money Vnd(long dong) => new(dong, Currency.VND);
}
