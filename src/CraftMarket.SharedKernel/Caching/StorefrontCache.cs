using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.SharedKernel.Caching;

/// <summary>
/// Public pages buyers read (village home, listing, product, members, sitemap) are kept rendered
/// for anonymous visitors and dropped when the village's data changes (ADR 17). Modules mark such
/// pages with <c>[StorefrontPage(VaryByQuery = [...])]</c>; the host owns the policy.
/// </summary>
public static class StorefrontCache
{
    /// <summary>On every storefront entry, to drop them all at once.</summary>
    public const string AllTag = "storefront";

    /// <summary>The cross-village landing page shows every village's products: any change drops it too.</summary>
    public const string PlatformTag = "storefront:platform";

    public static string TagOf(TenantId tenant) => "storefront:" + tenant.Value.ToString("N");

    /// <summary>
    /// Query names every kept page varies by, whatever it declares: the display currency, which every
    /// page's prices and switchers show (<c>?currency=EUR</c>). A page's own names are declared on it
    /// (<see cref="StorefrontPageAttribute.VaryByQuery"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> SiteWideQueryKeys = ["currency"];

    public static bool IsSiteWide(string queryName) =>
        SiteWideQueryKeys.Any(k => k.Equals(queryName, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Drops rendered storefront pages; the host implements it over its output cache. A drop on one node
/// is signalled to the others (ADR 0077), which drop the same pages.
/// </summary>
public interface IStorefrontCache
{
    ValueTask EvictAsync(IReadOnlyCollection<TenantId> tenants, CancellationToken ct);

    /// <summary>Every village's pages: a change to tenants themselves (brand, status, languages, rates).</summary>
    ValueTask EvictAllAsync(CancellationToken ct);

    /// <summary>
    /// Every village's pages on this node only: for a cache that reloaded on another node's signal
    /// (the tenant registry) and must drop pages after it reloaded, not before (a page rendered in
    /// between would keep the old brand). The node that made the change signals its own.
    /// </summary>
    ValueTask EvictAllHereAsync(CancellationToken ct);
}
