using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>An amount as sent: the same shape as <see cref="Money"/> on the wire, read by hand so a wrong currency gets a clear message.</summary>
internal sealed record AmountInput(string? Currency, long? MinorUnits);

/// <summary>
/// A bank receipt as the desk reads it off the statement. <see cref="ReceivedOn"/> is the value date
/// (yyyy-mm-dd, Vietnam date); <see cref="AmountVnd"/> the đồng the bank credited, when the statement
/// shows them; <see cref="Purpose"/> Deposit or Balance (default: Deposit while the order awaits it).
/// </summary>
internal sealed record ReceiptInput(AmountInput? Amount, string? ReceivedOn, string? Reference, long? AmountVnd, string? Purpose, string? Note,
    Guid? ProofFileId);

/// <summary>A transfer back to the buyer against one payment (bank: recorded as done; card: asked of Stripe).</summary>
internal sealed record RefundInput(Guid? PaymentId, AmountInput? Amount, string? Reason, string? RefundedOn, string? Reference);

/// <summary>Where the order's money stands after a change.</summary>
internal sealed record OrderMoneyDto(Guid OrderId, string Number, OrderState State, Money Total, Money Deposit, Money Paid, Money DepositDue,
    Money BalanceDue, Money Overpaid, int Revision)
{
    public static OrderMoneyDto Of(Order o) =>
        new(o.Id.Value, o.Number, o.State, o.Total, o.Deposit, o.Paid, o.DepositDue, o.BalanceDue, o.Overpaid, o.Revision);
}

/// <summary>A payment as the desk sees it: everything, proof and recorder included.</summary>
internal sealed record PaymentDto(Guid Id, PaymentMethod Method, PaymentPurpose Purpose, string Status, Money Amount, Money Refunded,
    long AmountVnd, DateOnly? ReceivedOn, string? Reference, string? Note, Guid? ProofFileId, string? RecordedBy, DateTimeOffset CreatedAt)
{
    public static PaymentDto Of(Payment p) =>
        new(p.Id.Value, p.Method, p.Purpose, p.Status.ToString(), p.Amount, p.Refunded, p.AmountVnd, p.ReceivedOn, p.Reference, p.Note, p.ProofFileId,
            p.RecordedByName, p.CreatedAt);
}

/// <summary>A payment as its buyer sees it: amount, date, method and status only (no proof, no desk names, no statement references).</summary>
internal sealed record BuyerPaymentDto(Money Amount, DateOnly? ReceivedOn, PaymentMethod Method, string Status)
{
    public static BuyerPaymentDto Of(Payment p) => new(p.Amount, p.ReceivedOn, p.Method, p.Status.ToString());
}

internal sealed record RefundDto(Guid Id, Guid PaymentId, Money Amount, string Reason, bool Completed, DateOnly? RefundedOn, string? Reference,
    string? RecordedBy, DateTimeOffset CreatedAt)
{
    public static RefundDto Of(Refund r) =>
        new(r.Id.Value, r.PaymentId.Value, r.Amount, r.Reason, r.Completed, r.RefundedOn, r.Reference, r.RecordedByName, r.CreatedAt);
}

/// <summary>The answer to a recorded receipt: the payment and the order's money after it.</summary>
internal sealed record ReceiptRecorded(PaymentDto Payment, OrderMoneyDto Order);

internal sealed record RefundRecorded(RefundDto Refund, OrderMoneyDto Order);

/// <summary>The desk's view of an order's money: receipts and card payments, transfers back, the totals.</summary>
internal sealed record DeskPayments(OrderMoneyDto Order, IReadOnlyList<PaymentDto> Payments, IReadOnlyList<RefundDto> Refunds);

/// <summary>A proof kept through Media, before the receipt that cites it is recorded.</summary>
internal sealed record ProofDto(Guid FileId, string FileName, string ContentType, long Bytes);
