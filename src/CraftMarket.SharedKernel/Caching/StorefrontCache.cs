using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.SharedKernel.Caching;

/// <summary>
/// Public pages buyers read (village home, listing, product, members, sitemap) are kept rendered
/// for anonymous visitors and dropped when the village's data changes (ADR 17). Modules mark such
/// pages with <c>[OutputCache(PolicyName = StorefrontCache.Policy)]</c>; the host owns the policy.
/// </summary>
public static class StorefrontCache
{
    public const string Policy = "storefront";

    /// <summary>On every storefront entry, to drop them all at once.</summary>
    public const string AllTag = "storefront";

    /// <summary>The cross-village landing page shows every village's products: any change drops it too.</summary>
    public const string PlatformTag = "storefront:platform";

    public static string TagOf(TenantId tenant) => "storefront:" + tenant.Value.ToString("N");
}

/// <summary>Drops rendered storefront pages on this node; the host implements it over its output cache.</summary>
public interface IStorefrontCache
{
    ValueTask EvictAsync(IReadOnlyCollection<TenantId> tenants, CancellationToken ct);

    /// <summary>Every village's pages: a change to tenants themselves (brand, status, languages, rates).</summary>
    ValueTask EvictAllAsync(CancellationToken ct);
}
