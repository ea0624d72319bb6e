using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Contracts;

/// <summary>
/// The product search index, whichever engine serves it (embedded Lucene or Elasticsearch).
/// Writes come from the Search module's own event consumers and the reindex command; other
/// modules only query. Every write is an idempotent upsert or delete by product id, so a
/// redelivered event changes nothing.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds or replaces products (by id); durable when the task completes.</summary>
    Task UpsertAsync(IReadOnlyCollection<IndexedProduct> products, CancellationToken ct);

    /// <summary>Removes a product; removing an absent one is not an error.</summary>
    Task RemoveAsync(ProductId product, CancellationToken ct);

    /// <summary>Removes many products at once (one commit where the engine allows it); absent ones are not an error.</summary>
    Task RemoveAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct);

    /// <summary>Changes the cover thumbnail of an indexed product; does nothing if it is not indexed.</summary>
    Task SetCoverAsync(ProductId product, string? coverImage, CancellationToken ct);

    /// <summary>
    /// Grants or takes away the association's quality mark on an indexed product (the
    /// <see cref="Facets.QualityMark"/> facet); does nothing if it is not indexed. Fed by
    /// the quality-mark module's <c>ProductQualityMarkChanged</c>.
    /// </summary>
    Task SetQualityMarkAsync(ProductId product, bool qualityMark, CancellationToken ct);

    /// <summary>
    /// Replaces everything indexed for one association with <paramref name="products"/>, without
    /// searchers ever seeing the association's products missing.
    /// </summary>
    Task ReplaceTenantAsync(TenantId tenant, IAsyncEnumerable<IndexedProduct> products, CancellationToken ct);

    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken ct);

    /// <summary>Product names completing what the buyer is typing (prefix of the last word).</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestQuery query, CancellationToken ct);
}

/// <summary>What the index holds for a product: the catalogue's public snapshot plus what other modules add.</summary>
public sealed record IndexedProduct(PublishedProduct Product, string? CoverImage = null, bool QualityMark = false)
{
    /// <summary>
    /// The snapshot without its makers' ids: search never reads them, and a document is stored (an
    /// Elasticsearch cluster may be read by others), so an unlisted household's id must not be in it.
    /// </summary>
    public PublishedProduct Product { get; init; } = Product with { Makers = [] };
}
