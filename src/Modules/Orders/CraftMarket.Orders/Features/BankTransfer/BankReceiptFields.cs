using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Domain;

/// <summary>
/// What a bank receipt keeps besides a card payment's fields: the key the desk's client sent with it
/// (<c>Idempotency-Key</c>), so a retried request never records the same money twice (ADR 0056). The
/// unique index is per order; receipts without a key are told apart by reference, amount and date.
/// </summary>
[Index(nameof(TenantId), nameof(OrderId), nameof(IdempotencyKey), IsUnique = true)]
internal sealed partial class Payment
{
    public const int IdempotencyKeyMax = 100;

    [MaxLength(IdempotencyKeyMax)]
    public string? IdempotencyKey { get; set; }
}

/// <summary>A transfer back to the buyer as the desk recorded it: the bank's reference and value date, and who recorded it.</summary>
internal sealed partial class Refund
{
    [MaxLength(Payment.ReferenceMax)]
    public string? Reference { get; set; }

    public DateOnly? RefundedOn { get; set; }

    [MaxLength(Order.NameMax)]
    public string? RecordedByName { get; set; }
}
