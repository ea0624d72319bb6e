using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;

namespace CraftMarket.QualityMarks.Contracts;

/// <summary>
/// Who may make marked goods: for the export desk sharing out an order whose buyer asked for the
/// village's genuine-mark labels. Staff features of the current association only.
/// </summary>
public interface IMarkHolders
{
    /// <summary>
    /// For each given product of the current association, the members holding a certificate valid at
    /// the moment of the call (active, started, not expired: as <see cref="IQualityMarkBadges"/>)
    /// that covers the product itself or another published product of the same category (the
    /// member was inspected for that kind of goods). Products nobody is certified for map to an empty set.
    /// </summary>
    Task<IReadOnlyDictionary<ProductId, IReadOnlySet<MemberId>>> HoldersAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct);
}
