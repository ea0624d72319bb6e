using System.Collections.Concurrent;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// Stands in for Catalogue's read interface while that module is being built: products with their
/// status and makers, answered under the current tenant exactly as the real one (tenant-filtered).
/// </summary>
public sealed class CatalogueProducts
{
    private readonly ConcurrentDictionary<ProductId, ProductAccess> products = new();

    public ProductAccess Add(TenantId tenant, ProductStatus status, params MemberId[] makers)
    {
        var access = new ProductAccess(ProductId.New(), tenant, status, makers);
        products[access.Id] = access;
        return access;
    }

    public void SetStatus(ProductId id, ProductStatus status) => products[id] = products[id] with { Status = status };

    internal ProductAccess? Find(ProductId id, TenantId? tenant) =>
        products.TryGetValue(id, out var access) && access.TenantId == tenant ? access : null;
}

internal sealed class FakeCatalogue(CatalogueProducts products, ITenantContext tenant) : ICatalogue
{
    public Task<ProductAccess?> FindAccessAsync(ProductId id, CancellationToken ct) => Task.FromResult(products.Find(id, tenant.TenantId));

    public async IAsyncEnumerable<PublishedProduct> PublishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await Task.CompletedTask;
        yield break;
    }
}
