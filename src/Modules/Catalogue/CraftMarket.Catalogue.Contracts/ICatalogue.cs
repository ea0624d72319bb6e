using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>Read interface for other modules. Queries run under the current tenant's filter.</summary>
public interface ICatalogue
{
    /// <summary>Status and makers of any product of the current tenant (drafts included), or null.</summary>
    Task<ProductAccess?> FindAccessAsync(ProductId id, CancellationToken ct);

    /// <summary>Every published product of the current tenant, for rebuilding a search index.</summary>
    IAsyncEnumerable<PublishedProduct> PublishedAsync(CancellationToken ct);
}

/// <summary>
/// The cross-village view for the platform host (landing page, reindex of all villages). Reads
/// across tenants through the catalogue's CrossTenant gateway; only active tenants' published products.
/// </summary>
public interface ICrossVillageCatalogue
{
    Task<IReadOnlyList<PublishedProduct>> FeaturedAsync(int perVillage, CancellationToken ct);
    IAsyncEnumerable<PublishedProduct> PublishedAsync(TenantId tenant, CancellationToken ct);
}
