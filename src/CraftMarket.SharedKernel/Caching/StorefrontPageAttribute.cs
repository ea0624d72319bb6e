using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.SharedKernel.Caching;

/// <summary>
/// Marks a page buyers read as kept rendered for anonymous visitors (ADR 17, ADR 23) and names the
/// query parameters it reads: only those vary its entry. Any other name (a tracking tag, a name
/// another page reads, junk) shares the entry of the same declared values, so such a page must
/// never render a name it did not declare: its links go through <see cref="KeptQuery"/>.
/// A page that shows one thing per value (<c>/verify?code=</c>) declares that name and gets one
/// entry per value. The host owns the policy itself (<see cref="IStorefrontPagePolicy"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StorefrontPageAttribute : Attribute, IOutputCachePolicy
{
    private string[] varyByQuery = [];

    /// <summary>The query names this page reads. Case does not matter, as in the query itself.</summary>
    public string[] VaryByQuery
    {
        get => varyByQuery;
        set => varyByQuery = value;
    }

    public bool Reads(string queryName) =>
        Array.Exists(varyByQuery, n => n.Equals(queryName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The request's values of the names this page reads (plus the site-wide ones), in their order; links and canonicals are built from these.</summary>
    public IEnumerable<KeyValuePair<string, string?>> KeptQuery(IQueryCollection query) =>
        query.Where(q => Reads(q.Key) || StorefrontCache.IsSiteWide(q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));

    /// <summary>The storefront page serving this request, or null when it is not one (its query is then its own).</summary>
    public static StorefrontPageAttribute? Of(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<StorefrontPageAttribute>();

    /// <summary>
    /// A query value the shared layout may echo (the search box's text): only when the page's entry
    /// varies by it, or the page is not kept at all. Otherwise one visitor's text would reach the next.
    /// </summary>
    public static string? EchoedQueryValue(HttpContext http, string name) =>
        Of(http) is { } page && !page.Reads(name) && !StorefrontCache.IsSiteWide(name) ? null : http.Request.Query[name].ToString();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        HostPolicy(context)?.CacheRequestAsync(context, cancellation) ?? ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        HostPolicy(context)?.ServeFromCacheAsync(context, cancellation) ?? ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        HostPolicy(context)?.ServeResponseAsync(context, cancellation) ?? ValueTask.CompletedTask;

    /// <summary>No host policy (a tool, a test host without the cache): the page is simply not kept.</summary>
    private static IStorefrontPagePolicy? HostPolicy(OutputCacheContext context) =>
        context.HttpContext.RequestServices?.GetService<IStorefrontPagePolicy>();
}

/// <summary>The host's rules for kept storefront pages (who shares, the key, what is never kept); reads the page's <see cref="StorefrontPageAttribute"/>.</summary>
public interface IStorefrontPagePolicy : IOutputCachePolicy;

/// <summary>
/// An entity kind that storefront pages render (a product, a category, a photo, a member's public
/// profile). Saving one drops its village's kept pages once the change is committed (ADR 23); saving
/// any other tenant-owned row (an order, a ledger entry, an audit line) leaves them alone.
/// </summary>
public interface IShownOnStorefront : Tenancy.ITenantOwned;
