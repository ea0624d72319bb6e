namespace CraftMarket.Catalogue.Contracts;

/// <summary>One entry of the association's taxonomy as other modules see it: names by language ("vi" always).</summary>
public sealed record CategoryOutline(CategoryId Id, IReadOnlyDictionary<string, string> Name, bool Retired);

/// <summary>
/// Read interface for the association's categories (a quality mark says which categories it covers).
/// Runs under the current tenant's filter: another association's categories are never listed.
/// </summary>
public interface ICatalogueCategories
{
    /// <summary>Every category of the current association, retired ones too, in the association's order.</summary>
    Task<IReadOnlyList<CategoryOutline>> ListAsync(CancellationToken ct);
}
