using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>A published product as a maker's public profile lists it; <see cref="Path"/> is its storefront page within the village.</summary>
public sealed record MakerProduct(
    ProductId Id,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string> CategoryName,
    string Path,
    Money BasePrice,
    int MinimumOrderQuantity);

/// <summary>Read interface for member profiles: what a household or enterprise makes. Runs under the current tenant's filter.</summary>
public interface IMakerCatalogue
{
    /// <summary>The member's published products, newest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<MakerProduct>> PublishedByAsync(MemberId maker, int max, CancellationToken ct);
}
