using CraftMarket.SharedKernel.Auditing;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Orders.Domain;

internal enum PaymentStatus
{
    /// <summary>A card checkout was opened and not completed yet (Stripe).</summary>
    Pending,
    Succeeded,
    Failed,
    /// <summary>The checkout expired or was abandoned.</summary>
    Cancelled,
}

/// <summary>
/// Money from the buyer against an order, in the contract currency: a Stripe card payment (opened as
/// a checkout, succeeded by webhook) or a bank transfer (T/T) the desk records from the bank statement,
/// with its proof. Counts towards <see cref="Order.PaidMinor"/> only once succeeded, less refunds.
/// The đồng the association actually received (<see cref="AmountVnd"/>) may differ from the order's
/// book rate: the difference is an exchange gain or loss in the ledger.
/// </summary>
[Audited("payments", Subject = "{Purpose} {Method}")]
internal sealed partial class Payment : ITenantOwned
{
    public const int ReferenceMax = 200, NoteMax = 1000, ExternalIdMax = 255;

    private Payment() { }   // EF

    public Payment(TenantId tenantId, OrderId orderId, PaymentMethod method, PaymentPurpose purpose, Money amount, DateTimeOffset now)
    {
        Id = PaymentId.New();
        TenantId = tenantId;
        OrderId = orderId;
        Method = method;
        Purpose = purpose;
        AmountMinor = amount.MinorUnits;
        CurrencyCode = amount.Currency.Code;
        CreatedAt = now;
        Status = PaymentStatus.Pending;
    }

    public PaymentId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public OrderId OrderId { get; private set; }
    public PaymentMethod Method { get; private set; }
    public PaymentPurpose Purpose { get; private set; }
    public PaymentStatus Status { get; set; }
    public long AmountMinor { get; set; }
    public string CurrencyCode { get; private set; } = "USD";
    public Money Amount => new(AmountMinor, Currency.Of(CurrencyCode));
    /// <summary>Đồng actually received (bank statement, or the association's rate on the day for cards).</summary>
    public long AmountVnd { get; set; }
    public long RefundedMinor { get; set; }
    public Money Refunded => new(RefundedMinor, Currency.Of(CurrencyCode));
    /// <summary>The bank's value date, or the day the card payment succeeded (Vietnam date).</summary>
    public DateOnly? ReceivedOn { get; set; }
    /// <summary>The transfer's reference as on the statement, or the Stripe PaymentIntent id.</summary>
    public string? Reference { get; set; }
    public string? Note { get; set; }
    /// <summary>The bank slip or statement line (a private Media file).</summary>
    public Guid? ProofFileId { get; set; }
    public string? StripeCheckoutSessionId { get; set; }
    public string? StripePaymentIntentId { get; set; }
    public string? CheckoutUrl { get; set; }
    public Guid? RecordedByUserId { get; set; }
    public string? RecordedByName { get; set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SucceededAt { get; set; }
    public int Revision { get; set; }
}

/// <summary>Money given back to the buyer, against one payment (a Stripe refund, or a transfer back the desk records).</summary>
[Audited("payments", Subject = "Reason")]
internal sealed partial class Refund : ITenantOwned
{
    public const int ReasonMax = 500;

    private Refund() { }   // EF

    public Refund(TenantId tenantId, OrderId orderId, PaymentId paymentId, Money amount, string reason, DateTimeOffset now)
    {
        Id = RefundId.New();
        TenantId = tenantId;
        OrderId = orderId;
        PaymentId = paymentId;
        AmountMinor = amount.MinorUnits;
        CurrencyCode = amount.Currency.Code;
        Reason = reason;
        CreatedAt = now;
    }

    public RefundId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public OrderId OrderId { get; private set; }
    public PaymentId PaymentId { get; private set; }
    public long AmountMinor { get; private set; }
    public string CurrencyCode { get; private set; } = "USD";
    public Money Amount => new(AmountMinor, Currency.Of(CurrencyCode));
    public string Reason { get; private set; } = "";
    /// <summary>Pending until Stripe confirms (charge.refunded / refund.updated); a bank refund is done when recorded.</summary>
    public bool Completed { get; set; }
    public string? StripeRefundId { get; set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
