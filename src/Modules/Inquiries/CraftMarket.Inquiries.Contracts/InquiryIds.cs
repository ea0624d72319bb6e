namespace CraftMarket.Inquiries.Contracts;

// Typed ids: an offer id can never be passed where a quote id is expected. Version 7 GUIDs keep
// inserts in index order. They are not secrets: every read checks who asks (buyer, desk, household).

/// <summary>One buyer's request for quote to one association (a list spanning villages makes one per village).</summary>
public readonly record struct InquiryId(Guid Value)
{
    public static InquiryId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>One line of an inquiry: a product (or one of its variants) and a quantity.</summary>
public readonly record struct InquiryLineId(Guid Value)
{
    public static InquiryLineId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>A member's share of one line: proposed by the engine, then offered to the household (the offer's id).</summary>
public readonly record struct ShareId(Guid Value)
{
    public static ShareId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>One version of the association's joint quote.</summary>
public readonly record struct QuoteId(Guid Value)
{
    public static QuoteId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>
/// The order an accepted quote becomes. Chosen at acceptance (the buyer is told it at once) and
/// carried by <see cref="QuoteAccepted"/>; the orders module creates the order under this id.
/// </summary>
public readonly record struct OrderId(Guid Value)
{
    public static OrderId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
