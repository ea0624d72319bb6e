using System.Text;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Web.Seo;

/// <summary>
/// /robots.txt per host: private areas (accounts, admin, APIs) closed in every language form, and
/// the host's own sitemap. On the platform host the path form's villages (/v/{slug}/...) are
/// covered by wildcards, which the major crawlers honour.
/// </summary>
internal static class RobotsTxt
{
    private static readonly string[] Private = ["/account", "/admin", "/api"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/robots.txt", (HttpContext http, TenantAddressing tenancy) =>
                TypedResults.Text(For(http, tenancy.PathPrefix), "text/plain; charset=utf-8"))
            .AllowAnonymous()
            .ExcludeFromDescription();

    public static string For(HttpContext http, string pathPrefix)
    {
        var language = RequestLanguage.Of(http);
        var text = new StringBuilder("User-agent: *\n");
        foreach (var area in Private)
        {
            text.Append("Disallow: ").Append(area).Append('\n');
            foreach (var code in language.Supported) text.Append("Disallow: /").Append(code).Append(area).Append('\n');
        }
        if (http.Features.Get<TenantResolution>()?.IsPlatformHost == true)
            foreach (var area in Private) text.Append("Disallow: /").Append(pathPrefix.Trim('/')).Append("/*").Append(area).Append('\n');
        text.Append("Allow: /\n\n");
        text.Append("Sitemap: ").Append(http.Request.Scheme).Append("://").Append(http.Request.Host).Append(language.SiteBase).Append("/sitemap.xml\n");
        return text.ToString();
    }
}
