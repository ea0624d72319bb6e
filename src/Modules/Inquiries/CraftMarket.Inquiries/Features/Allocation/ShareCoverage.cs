namespace CraftMarket.Inquiries.Domain;

internal sealed partial class Share
{
    /// <summary>How many pieces of the line this share covers: a countered share its counter quantity, a declined or withdrawn one none.</summary>
    public int Coverage => CoverageOf(Status, Quantity, CounterQuantity);

    public static int CoverageOf(ShareStatus status, int quantity, int? counterQuantity) => status switch
    {
        ShareStatus.Declined or ShareStatus.Withdrawn => 0,
        ShareStatus.Countered => Math.Min(quantity, counterQuantity ?? quantity),
        _ => quantity,
    };
}
