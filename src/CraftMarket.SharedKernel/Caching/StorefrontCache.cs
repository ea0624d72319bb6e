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

    /// <summary>
    /// The query names storefront pages read: the listing's filters, sort and page, the member
    /// directory's filters, the display currency and the search box's text. Only these vary a kept
    /// page, so random query strings (tracking tags, cache-busting junk) share one entry instead of
    /// filling the cache; pages must therefore not render any other query value (<see cref="KnownOnly"/>).
    /// A storefront page that reads a new query name adds it here.
    /// </summary>
    public static readonly IReadOnlyList<string> QueryKeys = ["category", "material", "price", "moq", "sort", "p", "kind", "craft", "currency", "q"];

    private static readonly HashSet<string> Known = new(QueryKeys, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string queryName) => Known.Contains(queryName);

    /// <summary>The query's known names and values, in their order; links and canonicals of kept pages are built from these.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> KnownOnly(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query) =>
        query.Where(q => IsKnown(q.Key)).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
}

/// <summary>Drops rendered storefront pages on this node; the host implements it over its output cache.</summary>
public interface IStorefrontCache
{
    ValueTask EvictAsync(IReadOnlyCollection<TenantId> tenants, CancellationToken ct);

    /// <summary>Every village's pages: a change to tenants themselves (brand, status, languages, rates).</summary>
    ValueTask EvictAllAsync(CancellationToken ct);
}
