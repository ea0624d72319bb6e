using System.Globalization;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Web.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// What a cache in front of the site (a CDN, the nginx of infra/) may do with each answer (ADR 0078),
/// written as the answer starts, when its status, cookies and own headers are known:
/// <list type="bullet">
/// <item><b>Shared</b>: a kept storefront page (<see cref="StorefrontCachePolicy"/> marked it a shared
/// render) whose address alone decides it: the language from the <c>/{lang}/</c> prefix and the display
/// currency named in the address or the one anyone without a cookie gets there. A 200 that sets no cookie
/// but the language/currency preferences (whose values the address gives anyway) and asked nothing else.
/// <c>Cache-Control: public, max-age=0, s-maxage=N, stale-while-revalidate=M</c>, <c>Vary: Accept-Encoding</c>,
/// and the output cache's tags as <c>Cache-Tag</c>/<c>Surrogate-Key</c> so a CDN could purge a village.</item>
/// <item><b>Reader's</b>: a kept page that depends on the reader's cookies or Accept-Language (an
/// unprefixed address, a currency chosen by cookie): <c>private, no-cache</c>, <c>Vary: Accept-Encoding,
/// Cookie</c> (plus <c>Accept-Language</c> when negotiated). The node's own cache still keeps it per language and currency.</item>
/// <item><b>Personal</b>: everything else that did not choose its own caching: signed-in pages that are not
/// shared renders, forms (antiforgery), account, desk and household pages, /api, /personal, errors:
/// <c>private, no-store</c>. An endpoint's own public caching (photos, logos, icons) is left as it is.</item>
/// </list>
/// A shared cache must still not answer a request carrying the sign-in cookie, an Authorization header or
/// the currency cookie from its store (staff see fresh pages; a chosen currency is not in the address).
/// </summary>
internal sealed class SharedCacheHeaders(RequestDelegate next, SharedCacheLifetime lifetime)
{
    public const string CacheTag = "Cache-Tag";
    public const string SurrogateKey = "Surrogate-Key";

    private sealed class Registered;

    /// <summary>
    /// Set when this wrote a kept page's <c>Cache-Control</c> (shared or reader's): the node's own output
    /// cache must not read that <c>private</c> as the page refusing to be kept (ADR 0078, ADR 17).
    /// </summary>
    internal sealed class WroteKeptPageHeaders;

    internal static bool WroteForKeptPage(HttpContext http) => http.Features.Get<WroteKeptPageHeaders>() is not null;

    public Task InvokeAsync(HttpContext context)
    {
        // A status page re-executes the pipeline on the same response: one callback is enough.
        if (context.Features.Get<Registered>() is null)
        {
            context.Features.Set(new Registered());
            context.Response.OnStarting(static state =>
            {
                var (http, lifetime) = ((HttpContext, SharedCacheLifetime))state;
                Apply(http, lifetime);
                return Task.CompletedTask;
            }, (context, lifetime));
        }
        return next(context);
    }

    /// <summary>The kind of answer this is, for a shared cache in front of the site.</summary>
    internal enum Kind { Shared, Readers, Personal, OwnChoice }

    internal static Kind Apply(HttpContext http, SharedCacheLifetime lifetime)
    {
        var response = http.Response;
        var headers = response.Headers;
        var own = headers.CacheControl.ToString();
        var keptRender = SharedRender.Is(http) && response.StatusCode == StatusCodes.Status200OK
            && own.Length == 0 && headers.SetCookie.All(IsPreference) && !IsStatusPage(http);
        if (keptRender) http.Features.Set(new WroteKeptPageHeaders());
        if (keptRender && lifetime.Shared > TimeSpan.Zero && AddressDecides(http))
        {
            headers.CacheControl = lifetime.CacheControl;
            headers.Vary = HeaderNames.AcceptEncoding;
            headers.Remove(HeaderNames.Pragma);
            var tags = Tags(http);
            headers[CacheTag] = string.Join(',', tags);
            headers[SurrogateKey] = string.Join(' ', tags);
            return Kind.Shared;
        }
        if (keptRender)
        {
            headers.CacheControl = "private, no-cache";
            headers.Vary = RequestLanguage.Of(http).FromUrl
                ? $"{HeaderNames.AcceptEncoding}, {HeaderNames.Cookie}"
                : $"{HeaderNames.AcceptEncoding}, {HeaderNames.AcceptLanguage}, {HeaderNames.Cookie}";
            return Kind.Readers;
        }
        // An endpoint's own caching stands (immutable photos, icons, a script's "no-cache"); one that
        // forbids storing (antiforgery's "no-cache, no-store", "no-store") says it the one way.
        if (own.Length > 0 && !own.Contains("no-store", StringComparison.OrdinalIgnoreCase)) return Kind.OwnChoice;
        headers.CacheControl = "private, no-store";
        return Kind.Personal;
    }

    /// <summary>
    /// The address alone gives what the page shows: its language from the prefix and its currency from
    /// the address or the language (a page that shows neither, the sitemap, always).
    /// </summary>
    private static bool AddressDecides(HttpContext http) =>
        StorefrontPageAttribute.Of(http) is { } page
        && (page.SameForEveryVisitor || (RequestLanguage.Of(http).FromUrl && BuyerCurrency.Of(http).UrlDecides));

    private static string[] Tags(HttpContext http) =>
        [StorefrontCache.AllTag, http.RequestServices.GetRequiredService<ITenantContext>().TenantId is { } id ? StorefrontCache.TagOf(id) : StorefrontCache.PlatformTag];

    private static bool IsStatusPage(HttpContext http) => http.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    private static bool IsPreference(string? setCookie) =>
        setCookie is not null
        && (setCookie.StartsWith(SiteLanguages.LanguageCookie + "=", StringComparison.Ordinal)
            || setCookie.StartsWith(SiteLanguages.CurrencyCookie + "=", StringComparison.Ordinal));
}

/// <summary>
/// How long a shared cache may keep a storefront page (<c>CraftMarket:Storefront:SharedCacheSeconds</c>,
/// the node's own page-cache lifetime by default; 0 keeps every answer out of shared caches) and serve it
/// stale while it fetches a fresh one (<c>SharedCacheStaleSeconds</c>, 30 by default).
/// </summary>
internal sealed class SharedCacheLifetime(TimeSpan shared, TimeSpan stale)
{
    public TimeSpan Shared { get; } = shared;
    public TimeSpan Stale { get; } = stale;

    /// <summary>Browsers always ask again (max-age=0); shared caches keep it for <see cref="Shared"/>.</summary>
    public string CacheControl { get; } = stale > TimeSpan.Zero
        ? string.Create(CultureInfo.InvariantCulture, $"public, max-age=0, s-maxage={(int)shared.TotalSeconds}, stale-while-revalidate={(int)stale.TotalSeconds}")
        : string.Create(CultureInfo.InvariantCulture, $"public, max-age=0, s-maxage={(int)shared.TotalSeconds}");

    public static SharedCacheLifetime From(IConfiguration configuration)
    {
        var node = configuration.GetValue("CraftMarket:Storefront:CacheSeconds", 30);
        var shared = configuration.GetValue("CraftMarket:Storefront:SharedCacheSeconds", node);
        var stale = configuration.GetValue("CraftMarket:Storefront:SharedCacheStaleSeconds", 30);
        if (node <= 0) shared = 0;   // no kept pages on the node: nothing is a shared render
        return new(TimeSpan.FromSeconds(Math.Max(0, shared)), TimeSpan.FromSeconds(Math.Max(0, stale)));
    }
}
