using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>
/// The desk gives money back against one payment: an overpayment, a cancelled order's deposit. For a
/// bank payment the desk has already made the transfer, so the refund is requested and completed at
/// once (the ledger posts it, Paid falls); a card payment's refund is only requested: Stripe refunds
/// it and its webhook completes it (the Stripe part). Never more than what is left of the payment.
/// </summary>
internal sealed class RefundDesk(OrdersDb db, TimeProvider clock)
{
    public async Task<Result<RefundRecorded>> RecordAsync(OrderId id, RefundInput input, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return Error.NotFound("order");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        Payment? payment = null;
        if (input.PaymentId is not { } paymentId) Fail("paymentId", "Choose the payment the money goes back from.");
        else if ((payment = await db.Payments.FirstOrDefaultAsync(p => p.OrderId == id && p.Id == new PaymentId(paymentId), ct)) is null)
            Fail("paymentId", "This payment is not one of the order's.");
        else if (payment.Status != PaymentStatus.Succeeded) Fail("paymentId", "Only a received payment can be refunded.");

        var amount = ReceiptCheck.Amount(order, input.Amount, "amount", Fail);
        if (amount is not null && payment is { Status: PaymentStatus.Succeeded } && amount > payment.Amount - payment.Refunded)
            Fail("amount", $"At most what is left of this payment: {payment.Amount - payment.Refunded}.");

        var reason = input.Reason?.Trim() ?? "";
        if (reason.Length == 0) Fail("reason", "Say why the money goes back (the buyer reads it).");
        else if (reason.Length > Refund.ReasonMax) Fail("reason", $"At most {Refund.ReasonMax} characters.");

        var bank = payment?.Method != PaymentMethod.Card;
        DateOnly? refundedOn = null;
        var reference = input.Reference?.Trim();
        if (bank)
        {
            refundedOn = ReceiptCheck.Date(input.RefundedOn, "refundedOn", VietnamDate.Today(clock.GetUtcNow()),
                VietnamDate.Today(order.CreatedAt).AddDays(-ReceiptCheck.DaysBeforeOrder), Fail);
            if (string.IsNullOrEmpty(reference)) Fail("reference", "Copy the transfer's reference from the bank statement.");
        }
        if (reference is { Length: > Payment.ReferenceMax }) Fail("reference", $"At most {Payment.ReferenceMax} characters.");
        if (errors.Count > 0) return Error.Validation(errors);
        var minor = amount!.MinorUnits;
        if (bank && await db.Refunds.AnyAsync(r => r.PaymentId == payment!.Id && r.AmountMinor == minor && r.Reference == reference
                && r.RefundedOn == refundedOn, ct))
            return Error.Conflict("refund_already_recorded", "A transfer back with this reference, amount and date is already recorded against this payment.");

        var refund = db.Request(order, payment!, amount!, reason, clock);
        refund.Reference = reference is { Length: > 0 } ? reference : null;
        refund.RefundedOn = refundedOn;
        refund.RecordedByName = BankAccess.NameOf(actor);
        if (bank) await db.CompletedAsync(order, refund, PaymentMethod.BankTransfer, BankAccess.NameOf(actor), clock, ct);
        else order.Touch(clock.GetUtcNow());   // two refunds at once meet the order's revision too
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("order_changed", "The order or the payment changed meanwhile (perhaps the same refund, sent twice). Reload and check before recording it again.");
        }
        return new RefundRecorded(RefundDto.Of(refund), OrderMoneyDto.Of(order));
    }
}
