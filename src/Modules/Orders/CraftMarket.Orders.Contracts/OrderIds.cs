namespace CraftMarket.Orders.Contracts;

// Typed ids (version 7 GUIDs, index order). The order's own id is OrderId from Inquiries.Contracts:
// it is chosen when the buyer accepts the quote, so the buyer is told it before the order exists here.
// Ids are not secrets: every read checks who asks (buyer, desk, inspector, household).

/// <summary>One household's share of an order: what it makes, by when, for how much per piece.</summary>
public readonly record struct WorkOrderId(Guid Value)
{
    public static WorkOrderId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>Money from the buyer: a card payment through Stripe or a bank receipt recorded by the desk.</summary>
public readonly record struct PaymentId(Guid Value)
{
    public static PaymentId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>Money given back to the buyer (a card refund, or a bank transfer back).</summary>
public readonly record struct RefundId(Guid Value)
{
    public static RefundId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// One inspection of a work order's lot before shipment (ISO 2859-1 sampling). Named apart from the
/// quality-mark visits (QualityMarks' InspectionId), which check a member, not a lot.
/// </summary>
public readonly record struct QualityCheckId(Guid Value)
{
    public static QualityCheckId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>One balanced ledger transaction (several entries that sum to zero).</summary>
public readonly record struct LedgerTransactionId(Guid Value)
{
    public static LedgerTransactionId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>Money paid out to a member household (bank transfer, cash, mobile wallet).</summary>
public readonly record struct PayoutId(Guid Value)
{
    public static PayoutId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
