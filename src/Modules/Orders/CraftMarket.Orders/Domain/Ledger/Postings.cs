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

    /// <summary>
    /// A cost of the order the association paid (freight, packing, testing): an expense of the order,
    /// out of the bank or the office cash. <paramref name="key"/> is "cost:{guid}".
    /// </summary>
    public static LedgerTransaction OrderCost(Order order, string key, Money amount, LedgerAccount paidFrom, string memo, DateOnly bookedOn, DateTimeOffset at)
    {
        if (paidFrom is not (LedgerAccount.Bank or LedgerAccount.Cash)) throw new ArgumentException("An order cost is paid from the bank or cash.", nameof(paidFrom));
        if (!amount.IsPositive) throw new ArgumentException("An order cost is a positive amount of đồng.", nameof(amount));
        return new LedgerTransaction(order.TenantId, LedgerKind.OrderCost, key, memo, bookedOn, at) { OrderId = order.Id }
            .Debit(LedgerAccount.OrderCosts, amount)
            .Credit(paidFrom, amount);
    }

    /// <summary>
    /// A closed order's surplus shared with the households that made it, in proportion to the value of
    /// their accepted work (<see cref="Money.Allocate(IReadOnlyList{long})"/>: the shares sum to the surplus
    /// exactly). One pair of lines per work order, each naming its member and work order.
    /// </summary>
    public static LedgerTransaction SurplusShared(Order order, Money surplus, IReadOnlyList<WorkOrder> producing, DateOnly bookedOn, DateTimeOffset at)
    {
        if (!surplus.IsPositive) throw new ArgumentException("Only a positive surplus is shared; a loss is never charged to households.", nameof(surplus));
        var weights = producing.Select(w => w.AcceptedValue.MinorUnits).ToList();
        var shares = surplus.Allocate(weights);
        var transaction = new LedgerTransaction(order.TenantId, LedgerKind.SurplusShared, $"surplus:{order.Id}", $"Surplus of {order.Number} shared by accepted value",
            bookedOn, at) { OrderId = order.Id };
        for (var i = 0; i < producing.Count; i++)
        {
            transaction.Debit(LedgerAccount.SurplusShared, shares[i], member: producing[i].MemberId, workOrder: producing[i].Id);
            transaction.Credit(LedgerAccount.MemberPayable, shares[i], member: producing[i].MemberId, workOrder: producing[i].Id);
        }
        return transaction;
    }

    /// <summary>
    /// A cancelled order's sale is given back: the book total leaves the receivable, so what the buyer
    /// had paid shows as owed back (a negative receivable) until refunds bring it to zero.
    /// </summary>
    public static LedgerTransaction OrderCancelled(Order order, DateOnly bookedOn, DateTimeOffset at) =>
        new LedgerTransaction(order.TenantId, LedgerKind.OrderCancelled, $"cancel:{order.Id}", $"Order {order.Number} cancelled: sale reversed", bookedOn, at)
            { OrderId = order.Id }
            .Debit(LedgerAccount.SalesReturns, Vnd(order.TotalVnd), order.Total)
            .Credit(LedgerAccount.BuyerReceivable, Vnd(order.TotalVnd), order.Total);

    /// <summary>The mirror of a posting (every line negated), pointing at it: the ledger is never edited.</summary>
    public static LedgerTransaction Reversal(LedgerTransaction original, string reason, DateOnly bookedOn, DateTimeOffset at)
    {
        if (original.ReversesId is not null) throw new ArgumentException("A reversal is not reversed; post the correction instead.", nameof(original));
        var memo = $"Reversal of {original.Kind} ({original.SourceKey}): {reason}";
        var mirror = new LedgerTransaction(original.TenantId, LedgerKind.Reversal, $"reverse:{original.Id}", memo.Length > LedgerTransaction.MemoMax
                ? memo[..LedgerTransaction.MemoMax] : memo, bookedOn, at) { OrderId = original.OrderId, ReversesId = original.Id };
        foreach (var e in original.Entries)
        {
            Money? originalAmount = e.OriginalCurrency is { } code && e.OriginalMinor is { } minor ? new Money(-minor, Currency.Of(code)) : null;
            mirror.Debit(e.Account, Vnd(-e.AmountDong), originalAmount, e.MemberId, e.WorkOrderId);
        }
        return mirror;
    }

    public static Money Vnd(long dong) => new(dong, Currency.VND);
}
