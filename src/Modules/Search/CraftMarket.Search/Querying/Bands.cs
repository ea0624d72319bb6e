using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Search.Querying;

/// <summary>
/// Numeric facets as bands a buyer can pick: stable keys (used in URLs and filters) chosen for how
/// craft buyers think: a sample piece, a shop order, a container.
/// </summary>
internal static class Bands
{
    public static readonly IReadOnlyList<string> Price = ["0-100k", "100k-500k", "500k-2m", "2m-10m", "10m+"];
    public static readonly IReadOnlyList<string> Moq = ["1-10", "11-50", "51-200", "201-1000", "1000+"];
    public static readonly IReadOnlyList<string> LeadTime = ["0-7", "8-30", "31-60", "60+"];
    /// <summary>The quality-mark facet's one value: products without the mark have none.</summary>
    public const string QualityMarked = "true";
    public static readonly IReadOnlyList<string> QualityMark = [QualityMarked];

    /// <summary>Bands are drawn in major units of the base currency: đồng, which every village prices in.</summary>
    public static string PriceBand(Money price) => price.Major switch
    {
        < 100_000m => Price[0],
        < 500_000m => Price[1],
        < 2_000_000m => Price[2],
        < 10_000_000m => Price[3],
        _ => Price[4],
    };

    public static string MoqBand(int pieces) => pieces switch
    {
        <= 10 => Moq[0],
        <= 50 => Moq[1],
        <= 200 => Moq[2],
        <= 1000 => Moq[3],
        _ => Moq[4],
    };

    public static string LeadTimeBand(int days) => days switch
    {
        <= 7 => LeadTime[0],
        <= 30 => LeadTime[1],
        <= 60 => LeadTime[2],
        _ => LeadTime[3],
    };

    /// <summary>The closed set of values for banded facets; null for free-text facets (category, material...).</summary>
    public static IReadOnlyList<string>? KnownValues(string facet) => facet switch
    {
        Facets.Price => Price,
        Facets.Moq => Moq,
        Facets.LeadTime => LeadTime,
        Facets.QualityMark => QualityMark,
        _ => null,
    };
}
