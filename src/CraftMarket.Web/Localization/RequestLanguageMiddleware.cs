using System.Globalization;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Localization;

/// <summary>
/// Settles the request's language after tenant resolution: <c>/{lang}/...</c> with a language the
/// association supports moves into PathBase (as the tenant path form does, so routes and links are
/// the same in every language); an unprefixed URL is negotiated without a redirect. Sets the
/// thread's cultures for Ui and formatting. See docs/adr/0010-language-in-url.md.
/// </summary>
internal sealed class RequestLanguageMiddleware(RequestDelegate next)
{
    private static readonly string[] Unprefixed = ["/api", "/health", "/openapi", "/scalar", "/_content", "/themes"];

    public Task InvokeAsync(HttpContext context)
    {
        // A status page re-executes the pipeline: keep what the original request settled.
        var language = context.Features.Get<RequestLanguage>() ?? Settle(context);
        context.Features.Set(language);
        context.Response.Headers.ContentLanguage = language.Code;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.CultureOf(language.Code);
        return next(context);
    }

    private static RequestLanguage Settle(HttpContext context)
    {
        // Only an active association's settings apply; a suspended one gets the platform's.
        var tenant = context.RequestServices.GetRequiredService<ITenantDirectory>().SettingsOf(context.RequestServices.GetRequiredService<ITenantContext>());
        var supported = tenant?.SupportedLanguages is { Count: > 0 } own ? own : SiteLanguages.Platform;
        var fallback = tenant?.DefaultLanguage ?? SiteLanguages.PlatformDefault;
        var request = context.Request;
        var siteBase = request.PathBase;

        if (UrlLanguage(request.Path, supported) is { } fromUrl)
        {
            request.PathBase = siteBase.Add("/" + fromUrl.Language);
            request.Path = fromUrl.Remainder;
            Remember(context, fromUrl.Language);
            return new RequestLanguage(fromUrl.Language, supported, fallback, true, siteBase);
        }

        // The same URL answers differently per reader: SharedCacheHeaders (ADR 0078) keeps such an
        // answer out of shared caches and says Vary: Accept-Language, Cookie for the browser's.
        var chosen = LanguageNegotiation.Choose(supported, fallback,
            request.Cookies[SiteLanguages.LanguageCookie], request.GetTypedHeaders().AcceptLanguage);
        return new RequestLanguage(chosen, supported, fallback, false, siteBase);
    }

    private static (string Language, PathString Remainder)? UrlLanguage(PathString path, IReadOnlyList<string> supported)
    {
        var value = path.Value;
        if (value is null || value.Length < 3 || value[0] != '/') return null;
        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value.AsSpan(1) : value.AsSpan(1, end - 1);
        if (LanguageNegotiation.Find(supported, segment) is not { } language) return null;
        var rest = new PathString(end < 0 ? "/" : value[end..]);
        // APIs and static files have one address in every language.
        return Unprefixed.Any(p => rest.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) ? null : (language, rest);
    }

    /// <summary>Following a language link is an explicit choice: unprefixed URLs use it from then on.</summary>
    private static void Remember(HttpContext context, string language)
    {
        if (context.Request.Cookies[SiteLanguages.LanguageCookie] == language) return;
        context.Response.Cookies.Append(SiteLanguages.LanguageCookie, language, new CookieOptions
        {
            Path = "/", HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
        });
    }
}
