using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// The tenant's SKU register: one row per product or variant SKU, keyed by (tenant, SKU), so the
/// database itself refuses a SKU used twice in one association and imports find products by SKU.
/// Kept in step with the product by <see cref="Data.SkuRegister"/> in the same SaveChanges.
/// </summary>
internal sealed class ProductSku(TenantId tenantId, string sku, ProductId productId) : ITenantOwned
{
    public TenantId TenantId { get; private set; } = tenantId;
    public string Sku { get; private set; } = sku;
    public ProductId ProductId { get; private set; } = productId;
}
