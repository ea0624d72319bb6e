using CraftMarket.SharedKernel.Lists;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features.Browse;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>A price band of the listing filter, in VND (the lowest price a buyer can reach, as the catalogue filters).</summary>
internal sealed record PriceBand(string Key, decimal? MinVnd, decimal? MaxVnd);

/// <summary>
/// The listing's filters as a plain GET form sends them (so they work without script), made safe:
/// unknown values are ignored and the page number is kept in range, so a hand-edited URL still
/// shows a listing rather than an error.
/// </summary>
internal sealed record ListingFilters(Guid? Category, string? Material, string? Price, int? Moq, string? Sort, int Page, string? Mark = null)
{
    /// <summary>The "genuine mark" filter's one value (<c>?mark=genuine</c>): products a valid certificate covers now.</summary>
    public const string GenuineMark = "genuine";

    public const int PageSize = 12;

    public static readonly IReadOnlyList<PriceBand> PriceBands =
    [
        new("under-100k", null, 100_000), new("100k-500k", 100_000, 500_000),
        new("500k-2m", 500_000, 2_000_000), new("over-2m", 2_000_000, null),
    ];

    public static readonly IReadOnlyList<int> MoqLimits = [10, 50, 100, 500];

    public PriceBand? Band => PriceBands.FirstOrDefault(b => b.Key == Price);
    public string SortOrder => Sort is { } s && BrowseSorts.All.Contains(s) ? s : BrowseSorts.Newest;
    public bool Genuine => string.Equals(Mark?.Trim(), GenuineMark, StringComparison.OrdinalIgnoreCase);
    public bool Any => Category is not null || !string.IsNullOrWhiteSpace(Material) || Band is not null || Moq is not null || Genuine;

    /// <param name="marked">The products carrying a mark now, when <see cref="Genuine"/> asks for them.</param>
    public BrowseQuery ToQuery(IReadOnlySet<ProductId>? marked = null) => new(
        Category is { } c ? new CategoryId(c) : null,
        string.IsNullOrWhiteSpace(Material) ? null : Material.Trim()[..Math.Min(Material.Trim().Length, 200)],
        Band?.MinVnd, Band?.MaxVnd, Moq is > 0 ? Moq : null,
        Paging.ClampPage(Page), PageSize, SortOrder, Genuine ? marked : null);
}
