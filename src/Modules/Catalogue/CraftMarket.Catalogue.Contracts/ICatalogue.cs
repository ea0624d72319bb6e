using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>Read interface for other modules. Queries run under the current tenant's filter.</summary>
public interface ICatalogue
{
    /// <summary>Status and makers of any product of the current tenant (drafts included), or null.</summary>
    Task<ProductAccess?> FindAccessAsync(ProductId id, CancellationToken ct);

    /// <summary>Every published product of the current tenant, for rebuilding a search index.</summary>
    IAsyncEnumerable<PublishedProduct> PublishedAsync(CancellationToken ct);

    /// <summary>The given products of the current tenant that are published (others and unknown ids left out): e.g. the product a scanned label names.</summary>
    Task<IReadOnlyList<PublishedProduct>> FindPublishedAsync(IReadOnlyCollection<ProductId> ids, CancellationToken ct);

    /// <summary>Every product of the current tenant in any status (drafts, in review, archived), in outline: for demo photos.</summary>
    IAsyncEnumerable<ProductOutline> AllAsync(CancellationToken ct);

    /// <summary>
    /// Names of the given products of the current tenant in any status (documents such as label
    /// sheets and certificates); unknown ids and other tenants' ids are left out. A public page shows
    /// only those that <see cref="ProductName.IsPublic"/>.
    /// </summary>
    Task<IReadOnlyList<ProductName>> NamesAsync(IReadOnlyCollection<ProductId> ids, CancellationToken ct);
}

/// <summary>A product's name by language (only the languages it has) and whether buyers may see it.</summary>
public sealed record ProductName(ProductId Id, IReadOnlyDictionary<string, string> Name, ProductStatus Status)
{
    public bool IsPublic => Status == ProductStatus.Published;
}

/// <summary>A product in any status: who may act on it (<see cref="Access"/>) and its category's name by language.</summary>
public sealed record ProductOutline(ProductAccess Access, IReadOnlyDictionary<string, string> CategoryName)
{
    // Added after the first contract, as init-only properties so existing constructor calls keep compiling.

    /// <summary>The product's category (a quality mark covers some categories).</summary>
    public CategoryId CategoryId { get; init; }

    /// <summary>The product's name by language ("vi" always present), for a maker choosing among its products.</summary>
    public IReadOnlyDictionary<string, string> Name { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// The cross-village view for the platform host (landing page, reindex of all villages). Reads
/// across tenants through the catalogue's CrossTenant gateway; only active tenants' published products.
/// </summary>
public interface ICrossVillageCatalogue
{
    /// <summary>
    /// The newest published products of each of <paramref name="villages"/> that is active, in the
    /// order given: the landing page asks for the villages it shows (a page of them), never all 1,500.
    /// </summary>
    Task<IReadOnlyList<PublishedProduct>> FeaturedAsync(IReadOnlyCollection<TenantId> villages, int perVillage, CancellationToken ct);
    IAsyncEnumerable<PublishedProduct> PublishedAsync(TenantId tenant, CancellationToken ct);
}
