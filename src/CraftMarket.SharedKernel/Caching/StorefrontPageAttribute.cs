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

    /// <summary>Names of <see cref="VaryByQuery"/> the page binds to a whole number: "07", "+7" and "7" are one entry, "x" none.</summary>
    public string[] WholeNumbers { get; set; } = [];

    /// <summary>Names of <see cref="VaryByQuery"/> the page binds to an id (a Guid in any of its spellings); anything else is no value.</summary>
    public string[] Ids { get; set; } = [];

    /// <summary>
    /// The page renders the same for every visitor of its address: no prices, no negotiated language
    /// (the sitemap). Its entry then varies by neither the display currency nor Accept-Language.
    /// </summary>
    public bool SameForEveryVisitor { get; set; }

    public bool Reads(string queryName) =>
        Array.Exists(varyByQuery, n => n.Equals(queryName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What the page reads from the query, normalised as model binding reads it, in declared order:
    /// the first value that is not blank (binding takes the first; blank binds to nothing), whole
    /// numbers and ids in one spelling, a value that would not bind dropped. The cache key and every
    /// link the page writes come from these, so two addresses that bind alike share one entry.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> KeptQuery(IQueryCollection query)
    {
        foreach (var name in varyByQuery)
        {
            var raw = query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            if (raw is null) continue;
            var value = Array.Exists(WholeNumbers, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
                ? int.TryParse(raw, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
                    ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null
                : Array.Exists(Ids, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
                    ? Guid.TryParse(raw, out var id) ? id.ToString("D") : null
                    : raw;
            if (value is not null) yield return new KeyValuePair<string, string?>(name, value);
        }
    }

    /// <summary>The storefront page serving this request, or null when it is not one (its query is then its own).</summary>
    public static StorefrontPageAttribute? Of(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<StorefrontPageAttribute>();

    /// <summary>
    /// A query value the shared layout may echo (the search box's text): only when the page's entry
    /// varies by it, or the page is not kept at all. Otherwise one visitor's text would reach the next.
    /// </summary>
    public static string? EchoedQueryValue(HttpContext http, string name) =>
        Of(http) is not { } page ? http.Request.Query[name].ToString()
        : page.Reads(name) ? page.KeptQuery(http.Request.Query).FirstOrDefault(q => q.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value
        : null;

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
