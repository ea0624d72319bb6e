using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Pages, sitemaps and JSON go out brotli- or gzip-compressed when the browser accepts it (producers
/// are on slow mobile links); CSS and JS come precompressed from the static-asset manifest instead.
/// BREACH (ADR 27): only answers to anonymous requests, and shared renders of kept pages (ADR 0050:
/// a signed-in buyer's storefront page, rendered without anything of theirs), are compressed. A
/// signed-in person's own page may carry their data next to text an attacker can make it echo; an
/// anonymous page's one secret, the antiforgery request token, is encrypted afresh (random IV) in
/// every response, so its length reveals nothing across requests.
/// </summary>
internal static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;   // safe under the anonymous-only rule above
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/plain", "text/xml", "application/xml", "application/json", "application/problem+json"];
        });
        // A kept storefront page is compressed once per entry, not per request: afford better than the fastest level.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>After authentication (who asks is known) and inside the output cache, which so stores the compressed bytes.</summary>
    public static IApplicationBuilder UseAnonymousCompression(this IApplicationBuilder app) =>
        app.UseWhen(Compressed, compressed => compressed.UseResponseCompression());

    private static bool Compressed(HttpContext http) => AnonymousVisitor.Is(http) || CraftMarket.SharedKernel.Caching.SharedRender.Is(http);

    /// <summary>The encoding this request's answer will have ("br", "gzip" or "identity"): part of a kept page's key.</summary>
    public static string NegotiatedEncoding(HttpContext http) =>
        Compressed(http) && http.RequestServices?.GetService<IResponseCompressionProvider>()?.GetCompressionProvider(http) is { } provider
            ? provider.EncodingName
            : "identity";
}

/// <summary>No cookie sign-in and no Authorization header: the visitors who share kept pages and get compressed answers.</summary>
internal static class AnonymousVisitor
{
    public static bool Is(HttpContext http) =>
        http.Request.Headers.Authorization.Count == 0 && http.User.Identity?.IsAuthenticated != true;
}
