using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// The output-cache policy of storefront pages (ADR 17, ADR 23, ADR 0050), applied by each page's
/// <see cref="StorefrontPageAttribute"/>. Only GET/HEAD answers of an active village or the platform
/// host to visitors who share pages (anonymous, or signed in by cookie as only a buyer: see
/// <see cref="StorefrontVisitor"/>) are kept, and such a request renders in shared mode
/// (<see cref="SharedRender"/>: no name, menu or count of the visitor, filled by <c>/personal</c>); the key is the URL (host, path base with village and language, path, the
/// values of the query names the page declares, plus the display currency's) and the two things a
/// page depends on that the URL may not say: the negotiated language and the display currency
/// (cookie), plus the negotiated content encoding. Staff and producers always get a fresh page, so
/// what they just changed is what they see.
/// </summary>
internal sealed class StorefrontCachePolicy(TimeSpan lifetime) : IStorefrontPagePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var tenant = http.RequestServices.GetRequiredService<ITenantContext>();
        // Only an active village has a tenant context (suspended and unknown ones have none).
        var storefront = tenant.HasTenant || http.Features.Get<TenantResolution>() is { IsPlatformHost: true };
        var cacheable = lifetime > TimeSpan.Zero && storefront
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && await StorefrontVisitor.SharesKeptPagesAsync(http, tenant.TenantId);
        // Whatever a render for this request stores is served to the next visitor of the key: it must
        // not depend on who caused it, so the layout leaves the personal parts as placeholders.
        if (cacheable) SharedRender.Mark(http);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;   // a burst on a cold page renders it once
        context.ResponseExpirationTimeSpan = lifetime;
        // What the page reads, as it reads it (ADR 33): the declared names' bound values, never the raw
        // query. A visitor varying random names, names another page reads, values that do not bind,
        // spellings ("07", "EUR" vs "eur") or repeated names would otherwise mint entries at will.
        var page = StorefrontPageAttribute.Of(http);
        foreach (var (name, value) in page?.KeptQuery(request.Query) ?? [])
            context.CacheVaryByRules.VaryByValues["q:" + name.ToLowerInvariant()] = value ?? "";
        if (page is not { SameForEveryVisitor: true })
        {
            context.CacheVaryByRules.VaryByValues["lang"] = RequestLanguage.Of(http).Code;
            context.CacheVaryByRules.VaryByValues["currency"] = BuyerCurrency.Of(http).Code;
            // The currency an address names is echoed in the language switcher's links and set as a cookie.
            if (BuyerCurrency.FromUrl(http) is { } named) context.CacheVaryByRules.VaryByValues["url-currency"] = named;
        }
        // Entries hold the compressed bytes (ADR 27): one per encoding a browser negotiates, each compressed once.
        context.CacheVaryByRules.VaryByValues["encoding"] = PageCompression.NegotiatedEncoding(http);
        context.Tags.Add(StorefrontCache.AllTag);
        context.Tags.Add(tenant.TenantId is { } id ? StorefrontCache.TagOf(id) : StorefrontCache.PlatformTag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>
    /// Never keep a page that asked not to be stored or set a cookie that belongs to one visitor (an
    /// antiforgery token, a sign-in). The language and currency cookies may stay: their values come
    /// from the URL and the key (<c>/en/</c>, <c>?currency=EUR</c>), so replaying them to the next
    /// buyer of the same key says what the site would have said anyway. Only 200s: a 404 costs
    /// little and must not outlive a publish.
    /// </summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // A kept page's Cache-Control may already be the one SharedCacheHeaders wrote for caches in front
        // ("private, no-cache" where the reader's cookie decides): that is not the page asking not to be kept.
        var cacheControl = SharedCacheHeaders.WroteForKeptPage(context.HttpContext) ? "" : response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK || !response.Headers.SetCookie.All(IsPreference)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool IsPreference(string? setCookie) =>
        setCookie is not null
        && (setCookie.StartsWith(SiteLanguages.LanguageCookie + "=", StringComparison.Ordinal)
            || setCookie.StartsWith(SiteLanguages.CurrencyCookie + "=", StringComparison.Ordinal));
}

/// <summary>
/// Drops the rendered pages of a village (and the landing page, which shows every village) on this
/// node, then tells the other nodes to drop theirs (ADR 0077: <see cref="StorefrontSignals"/>).
/// </summary>
internal sealed class OutputCacheStorefront(IOutputCacheStore store, StorefrontGenerations generations, IClusterSignals signals) : IStorefrontCache
{
    public const string Channel = "storefront";
    public const string Everything = "all";

    /// <summary>Village ids per signal (33 bytes each with the comma): well under the payload limit.</summary>
    private const int VillagesPerSignal = 150;

    public async ValueTask EvictAsync(IReadOnlyCollection<TenantId> tenants, CancellationToken ct)
    {
        await EvictHereAsync(tenants, ct);
        foreach (var chunk in tenants.Chunk(VillagesPerSignal))
            await signals.PublishAsync(Channel, string.Join(',', chunk.Select(t => t.Value.ToString("N"))), ct);
    }

    public async ValueTask EvictAllAsync(CancellationToken ct)
    {
        await EvictAllHereAsync(ct);
        await signals.PublishAsync(Channel, Everything, ct);
    }

    public async ValueTask EvictHereAsync(IReadOnlyCollection<TenantId> tenants, CancellationToken ct)
    {
        foreach (var tenant in tenants)
        {
            generations.Changed(tenant);
            await store.EvictByTagAsync(StorefrontCache.TagOf(tenant), ct);
        }
        await store.EvictByTagAsync(StorefrontCache.PlatformTag, ct);
    }

    public ValueTask EvictAllHereAsync(CancellationToken ct)
    {
        generations.ChangedAll();
        return store.EvictByTagAsync(StorefrontCache.AllTag, ct);
    }
}

internal static class StorefrontPageCacheExtensions
{
    /// <summary>
    /// <c>CraftMarket:Storefront:CacheSeconds</c> (30 by default, 0 turns it off) bounds how stale a
    /// page can be on a node that did not make the change itself; the node that did drops it at once.
    /// </summary>
    public static IServiceCollection AddStorefrontPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("CraftMarket:Storefront:CacheSeconds", 30));
        services.AddOutputCache(o =>
        {
            o.SizeLimit = configuration.GetValue("CraftMarket:Storefront:CacheMegabytes", 64L) * 1024 * 1024;
        });
        services.AddSingleton<IStorefrontPagePolicy>(new StorefrontCachePolicy(lifetime));
        services.AddSingleton<StorefrontGenerations>();
        services.AddSingleton<OutputCacheStorefront>();
        services.AddSingleton<IStorefrontCache>(sp => sp.GetRequiredService<OutputCacheStorefront>());
        services.AddClusterSignalHandler<StorefrontSignals>();
        return services;
    }
}
