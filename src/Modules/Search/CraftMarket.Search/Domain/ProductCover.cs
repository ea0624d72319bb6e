using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Domain;

/// <summary>
/// The latest cover thumbnail Media announced for a product. Kept here because the photo may be
/// ready before the product is published (and a reindex needs it too): the index takes it from here.
/// </summary>
internal sealed class ProductCover : ITenantOwned
{
    private ProductCover() { }

    public ProductCover(Guid productId, TenantId tenantId) => (ProductId, TenantId) = (productId, tenantId);

    public Guid ProductId { get; private set; }
    public TenantId TenantId { get; private set; }
    public string? ThumbnailUrl { get; set; }
}

/// <summary>
/// A product the association granted its quality mark, as announced by <c>ProductQualityMarkChanged</c>.
/// Kept here for the same reasons as the cover: the mark may come before publication, and a reindex needs it.
/// </summary>
internal sealed class ProductQualityMark : ITenantOwned
{
    private ProductQualityMark() { }

    public ProductQualityMark(Guid productId, TenantId tenantId) => (ProductId, TenantId) = (productId, tenantId);

    public Guid ProductId { get; private set; }
    public TenantId TenantId { get; private set; }
    public bool Granted { get; set; }
}

/// <summary>
/// Whether an association's products may appear in cross-village search, as last announced by
/// Tenancy. Platform-level (not tenant-owned): the platform host reads every row.
/// </summary>
internal sealed class TenantVisibility
{
    private TenantVisibility() { }

    public TenantVisibility(TenantId tenantId) => TenantId = tenantId;

    public TenantId TenantId { get; private set; }
    public string Slug { get; set; } = "";
    public bool Suspended { get; set; }
}
