using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Pictures;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Contracts;

/// <summary>A photograph of a product, with its renditions.</summary>
public readonly record struct PhotoId(Guid Value)
{
    public static PhotoId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>The ready, public photos of a product in the producer's order; the first is the cover.</summary>
public sealed record ProductGallery(ProductId ProductId, IReadOnlyList<PictureView> Photos)
{
    public PictureView? Cover => Photos.Count > 0 ? Photos[0] : null;
}

/// <summary>Read interface for pages of other modules; only photos of published products, only ready ones.</summary>
public interface IProductPhotos
{
    Task<IReadOnlyDictionary<ProductId, ProductGallery>> ForProductsAsync(IReadOnlyCollection<ProductId> products, CancellationToken ct);
}

/// <summary>
/// The product's cover photo changed (first photo ready, reordered, rejected, removed). Search
/// shows the cover in hits; <see cref="ThumbnailUrl"/> is a 320 px JPEG rendition, null when none.
/// </summary>
[EventName("media.product-cover-changed")]
public sealed record ProductCoverChanged(Guid EventId, TenantId TenantId, ProductId ProductId, PhotoId? PhotoId, string? ThumbnailUrl)
    : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("product", ProductId.Value);
}
