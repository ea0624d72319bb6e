using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Localization;
using Microsoft.AspNetCore.Diagnostics;

namespace CraftMarket.Web.Localization;

/// <summary>
/// The current page's addresses: canonical (language-prefixed, absolute), its alternates in every
/// supported language plus x-default (the unprefixed, negotiating URL), and the switchers' links,
/// which keep the reader on the same page with the same query.
/// </summary>
internal sealed class PageUrls(IHttpContextAccessor accessor)
{
    private HttpContext Http => accessor.HttpContext!;
    public RequestLanguage Language => RequestLanguage.Of(Http);

    /// <summary>
    /// The page as the reader asked for it. An error page has no same page in another language and
    /// must not echo the address that failed (it may hold another association's ids): it links home.
    /// </summary>
    private (PathString Path, QueryString Query) Page =>
        IsStatusPage ? (new PathString("/"), QueryString.Empty) : (Http.Request.Path, KeptQuery);

    /// <summary>
    /// A kept storefront page is shared by every query that differs only in names it does not read
    /// (ADR 23), so its links and canonical carry only the names it declares, in the spelling the key
    /// uses (and the display currency only when the address names an offered one): no visitor's stray
    /// query or spelling reaches the next visitor's page.
    /// </summary>
    private QueryString KeptQuery =>
        StorefrontPageAttribute.Of(Http) is { } page
            ? QueryString.Create(BuyerCurrency.FromUrl(Http) is { } currency
                ? page.KeptQuery(Http.Request.Query).Append(new(SiteLanguages.CurrencyQuery, currency))
                : page.KeptQuery(Http.Request.Query))
            : Http.Request.QueryString;

    public bool IsStatusPage => Http.Features.Get<IStatusCodeReExecuteFeature>() is not null || Http.Request.Path.StartsWithSegments("/_status", StringComparison.OrdinalIgnoreCase);

    /// <summary>Relative link to this page in <paramref name="language"/>.</summary>
    public string InLanguage(string language) => Language.PathFor(language, Page.Path, Page.Query);

    /// <summary>Relative link to this page with prices in <paramref name="currency"/>.</summary>
    public string InCurrency(string currency)
    {
        var query = Without(Page.Query, SiteLanguages.CurrencyQuery).Add(SiteLanguages.CurrencyQuery, currency);
        return Http.Request.PathBase + Page.Path + query;
    }

    /// <summary>
    /// The page's own address among its alternates (ADR 0072): language-prefixed when the URL names the
    /// language, else the unprefixed, negotiating URL, which is the x-default alternate. Pointing the
    /// unprefixed page at one language's URL, itself an alternate, declares a cross-language canonical
    /// (Lighthouse's "points to another hreflang location"). The display currency is a preference, not another page.
    /// </summary>
    public string Canonical => Language.FromUrl
        ? Absolute(Language.PathFor(Language.Code, Page.Path, Without(Page.Query, SiteLanguages.CurrencyQuery)))
        : XDefault;

    private string XDefault => Absolute($"{Language.SiteBase}{(Page.Path.HasValue ? Page.Path : "/")}{Without(Page.Query, SiteLanguages.CurrencyQuery)}");

    public IEnumerable<(string HrefLang, string Href)> Alternates
    {
        get
        {
            var query = Without(Page.Query, SiteLanguages.CurrencyQuery);
            foreach (var language in Language.Supported)
                yield return (language, Absolute(Language.PathFor(language, Page.Path, query)));
            yield return ("x-default", XDefault);
        }
    }

    /// <summary>The host was validated by tenant resolution (unknown hosts get a 404), so it is safe to echo.</summary>
    public string Absolute(string pathAndQuery) => $"{Http.Request.Scheme}://{Http.Request.Host}{pathAndQuery}";

    private static QueryString Without(QueryString query, string name)
    {
        if (!query.HasValue) return query;
        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value)
            .Where(p => !p.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryString.Create(kept);
    }
}
