using System.Globalization;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Orders.Features.BankTransfer;

/// <summary>A receipt whose every field was checked against its order.</summary>
internal sealed record CheckedReceipt(Money Amount, DateOnly ReceivedOn, string Reference, long? AmountVnd, PaymentPurpose Purpose, string? Note,
    Guid? ProofFileId);

/// <summary>
/// The rules of a bank receipt (ADR 0056), one field error each: the amount in the order's currency
/// (a different currency is refused, never converted: the contract fixes it), positive and at most the
/// order's total in one receipt (a typo guard; over payments still happen across receipts); the value
/// date not in the future; the statement's reference; the đồng credited within a fifth of the book
/// value (beyond that it is a typing mistake, not an exchange difference).
/// </summary>
internal static class ReceiptCheck
{
    /// <summary>How far the đồng credited may be from the order's book value of the amount, in basis points.</summary>
    public const int VndToleranceBasisPoints = 2000;

    /// <summary>A statement date older than this before the order opened is a mistake (the buyer pays after accepting).</summary>
    public const int DaysBeforeOrder = 30;

    public static Result<CheckedReceipt> Check(Order order, ReceiptInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        var amount = Amount(order, input.Amount, "amount", Fail);
        if (amount is not null && amount > order.Total)
            Fail("amount", $"One receipt is at most the order's total ({order.Total}); record a larger transfer as it appears on the statement, in parts if it paid several orders.");

        var receivedOn = Date(input.ReceivedOn, "receivedOn", today, VietnamDate.Today(order.CreatedAt).AddDays(-DaysBeforeOrder), Fail);

        var reference = input.Reference?.Trim() ?? "";
        if (reference.Length == 0) Fail("reference", "Copy the transfer's reference from the bank statement.");
        else if (reference.Length > Payment.ReferenceMax) Fail("reference", $"At most {Payment.ReferenceMax} characters.");

        if (input.AmountVnd is { } vnd && amount is not null)
        {
            var book = order.ToVnd(amount).MinorUnits;
            if (vnd <= 0) Fail("amountVnd", "The đồng credited are more than zero, or leave the field empty.");
            else if (order.Currency == Currency.VND && vnd != amount.MinorUnits)
                Fail("amountVnd", "For an order in đồng the amount is the đồng received; leave amountVnd empty.");
            else if (Math.Abs((decimal)vnd - book) * 10_000m > book * (decimal)VndToleranceBasisPoints)
                Fail("amountVnd", $"{Dong(vnd)} ₫ is far from the book value of this amount ({Dong(book)} ₫ at {order.VndPerUnit.ToString(CultureInfo.InvariantCulture)} ₫ per {order.CurrencyCode}): check the statement.");
        }

        PaymentPurpose purpose = order.State == OrderState.AwaitingDeposit ? PaymentPurpose.Deposit : PaymentPurpose.Balance;
        if (input.Purpose is { Length: > 0 } text)
        {
            if (Enum.TryParse<PaymentPurpose>(text.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) purpose = parsed;
            else Fail("purpose", "The purpose is Deposit or Balance.");
        }

        var note = input.Note?.Trim();
        if (note is { Length: > Payment.NoteMax }) Fail("note", $"At most {Payment.NoteMax} characters.");

        if (errors.Count > 0) return Error.Validation(errors);
        return new CheckedReceipt(amount!, receivedOn!.Value, reference, input.AmountVnd, purpose, note is { Length: > 0 } ? note : null, input.ProofFileId);
    }

    private static string Dong(long amount) => amount.ToString("N0", Vietnamese);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>An amount in the order's currency, or a field error that says which currency the contract is in.</summary>
    public static Money? Amount(Order order, AmountInput? input, string field, Action<string, string> fail)
    {
        if (input?.MinorUnits is not { } minor)
        {
            fail(field, $"Give the amount in {order.CurrencyCode} minor units (cents for USD), e.g. {{\"currency\": \"{order.CurrencyCode}\", \"minorUnits\": 100000}}.");
            return null;
        }
        var code = input.Currency?.Trim().ToUpperInvariant() ?? "";
        if (!string.Equals(code, order.CurrencyCode, StringComparison.Ordinal))
        {
            fail(field, $"This order is in {order.CurrencyCode}: record the amount in {order.CurrencyCode} as the contract says, not in {(code.Length > 0 ? code : "no currency")}; put the đồng credited in amountVnd.");
            return null;
        }
        if (minor <= 0)
        {
            fail(field, "The amount is more than zero.");
            return null;
        }
        return new Money(minor, order.Currency);
    }

    /// <summary>A yyyy-mm-dd Vietnam date, not after today and not long before the order.</summary>
    public static DateOnly? Date(string? text, string field, DateOnly today, DateOnly earliest, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            fail(field, "Give the bank's value date (yyyy-mm-dd).");
            return null;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            fail(field, "Write the date as yyyy-mm-dd.");
            return null;
        }
        if (date > today)
        {
            fail(field, "The date cannot be in the future (Vietnam time): money is recorded once the bank shows it.");
            return null;
        }
        if (date < earliest)
        {
            fail(field, "The date is long before the order was placed: check the statement.");
            return null;
        }
        return date;
    }
}
