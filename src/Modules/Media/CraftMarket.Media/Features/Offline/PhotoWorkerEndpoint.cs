using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Media.Features.Offline;

/// <summary>
/// The photo page's service worker script (wwwroot/photo-worker.js, ADR 0070), served from under the
/// pages it serves: a worker's scope cannot reach above its own path, and the static copy under
/// /_content/ would only cover /_content/. Serving it here, rather than adding a Service-Worker-Allowed
/// header to one static asset, keeps the scope a plain consequence of the URL. Anonymous (a script with
/// nothing personal in it; browsers fetch workers without asking), never stored by HTTP caches for long
/// (browsers check a worker for updates by fetching it again; no-cache makes that a revalidation).
/// </summary>
internal static class PhotoWorkerEndpoint
{
    public const string Path = "/account/products/photo-worker.js";
    public const string Scope = "/account/products/";

    private static readonly byte[] Script = Load();

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(Script, "text/javascript; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();

    private static byte[] Load()
    {
        using var stream = typeof(PhotoWorkerEndpoint).Assembly.GetManifestResourceStream("CraftMarket.Media.photo-worker.js")
            ?? throw new InvalidOperationException("photo-worker.js is not embedded in CraftMarket.Media");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
