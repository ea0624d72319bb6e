using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>A recorded receipt, and whether this request recorded it or repeated an earlier one (same Idempotency-Key).</summary>
internal sealed record ReceiptOutcome(ReceiptRecorded Answer, bool Replayed);

/// <summary>
/// The desk records a bank receipt (T/T) read off the statement: the payment is written and goes
/// through <see cref="PaymentRecording.SucceededAsync"/> like every received payment, so the ledger,
/// the timeline, the buyer's e-mail and the deposit/balance moves are the card's. The same receipt is
/// never recorded twice: a repeated <c>Idempotency-Key</c> answers the first receipt again (200), the
/// same reference, amount and date without one is refused (409), and two at once meet the order's
/// revision (409).
/// </summary>
internal sealed class ReceiptDesk(OrdersDb db, IPrivateFiles files, TimeProvider clock)
{
    public async Task<Result<ReceiptOutcome>> RecordAsync(OrderId id, ReceiptInput input, string? idempotencyKey, CurrentActor actor,
        CancellationToken ct)
    {
        if (await db.Orders.FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return Error.NotFound("order");
        var key = idempotencyKey?.Trim();
        if (key is { Length: 0 }) key = null;
        if (key is { Length: > Payment.IdempotencyKeyMax } || (key is not null && key.Any(char.IsControl)))
            return Error.Validation("idempotencyKey", $"The Idempotency-Key header is at most {Payment.IdempotencyKeyMax} printable characters.");

        var checkedInput = ReceiptCheck.Check(order, input, VietnamDate.Today(clock.GetUtcNow()));
        if (checkedInput.IsFailure) return checkedInput.Error!;
        var receipt = checkedInput.Value!;

        if (key is not null && await db.Payments.FirstOrDefaultAsync(p => p.OrderId == id && p.IdempotencyKey == key, ct) is { } earlier)
            return SameReceipt(earlier, receipt)
                ? new ReceiptOutcome(new ReceiptRecorded(PaymentDto.Of(earlier), OrderMoneyDto.Of(order)), Replayed: true)
                : Error.Conflict("idempotency_key_reused", "This Idempotency-Key was already used for a different receipt on this order; use a new key for a new receipt.");

        if (order.State is OrderState.Cancelled or OrderState.Closed)
            return Error.Conflict("order_state", $"The order is {order.State}: no receipt can be recorded on it. Money that arrives now is refunded from the bank, outside the order.");

        var amountMinor = receipt.Amount.MinorUnits;
        if (await db.Payments.AnyAsync(p => p.OrderId == id && p.Method == PaymentMethod.BankTransfer && p.Status == PaymentStatus.Succeeded
                && p.AmountMinor == amountMinor && p.ReceivedOn == receipt.ReceivedOn && p.Reference == receipt.Reference, ct))
            return Error.Conflict("receipt_already_recorded",
                "A receipt with this reference, amount and date is already recorded on this order. If the bank really credited it twice, add the statement line number to the reference.");

        if (receipt.ProofFileId is { } proof && await files.FindAsync(new FileId(proof), ct) is null)
            return Error.Validation("proofFileId", "The proof file was not found: upload the bank slip or statement first (POST /api/orders/{id}/payments/proof).");

        var payment = new Payment(order.TenantId, order.Id, PaymentMethod.BankTransfer, receipt.Purpose, receipt.Amount, clock.GetUtcNow())
        {
            ReceivedOn = receipt.ReceivedOn,
            Reference = receipt.Reference,
            Note = receipt.Note,
            ProofFileId = receipt.ProofFileId,
            AmountVnd = receipt.AmountVnd ?? 0,   // 0: the book rate (PaymentRecording), so no exchange difference
            RecordedByUserId = actor.UserId,
            RecordedByName = BankAccess.NameOf(actor),
            IdempotencyKey = key,
        };
        db.Payments.Add(payment);
        await db.SucceededAsync(order, payment, BankAccess.NameOf(actor), clock, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The order moved meanwhile (another receipt, a state change) or the same key raced us: nothing of ours was kept.
            return Error.Conflict("order_changed", "The order changed while the receipt was being recorded (perhaps the same receipt, sent twice). Reload its payments and record it again if it is missing.");
        }
        return new ReceiptOutcome(new ReceiptRecorded(PaymentDto.Of(payment), OrderMoneyDto.Of(order)), Replayed: false);
    }

    private static bool SameReceipt(Payment p, CheckedReceipt r) =>
        p.AmountMinor == r.Amount.MinorUnits && p.ReceivedOn == r.ReceivedOn && string.Equals(p.Reference, r.Reference, StringComparison.Ordinal);

    /// <summary>The desk's whole view, or null when the order is not this association's.</summary>
    public async Task<DeskPayments?> DeskViewAsync(OrderId id, CancellationToken ct)
    {
        if (await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return null;
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == id).ToListAsync(ct);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.OrderId == id).ToListAsync(ct);
        return new DeskPayments(OrderMoneyDto.Of(order),
            [.. payments.OrderBy(p => p.ReceivedOn ?? DateOnly.MaxValue).ThenBy(p => p.CreatedAt).Select(PaymentDto.Of)],
            [.. refunds.OrderBy(r => r.CreatedAt).Select(RefundDto.Of)]);
    }

    /// <summary>The buyer's own payments (amount, date, method, status); null when the order is not theirs.</summary>
    public async Task<IReadOnlyList<BuyerPaymentDto>?> BuyerViewAsync(OrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsBuyer || actor.UserId is not { } user) return null;
        if (!await db.Orders.AnyAsync(o => o.Id == id && o.Buyer.UserId == user, ct)) return null;
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == id).ToListAsync(ct);
        return [.. payments.OrderBy(p => p.ReceivedOn ?? DateOnly.MaxValue).ThenBy(p => p.CreatedAt).Select(BuyerPaymentDto.Of)];
    }
}
