using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Media.Features.Resumable;

/// <summary>
/// The tus routes, twice: under /api for bearer clients (apps, scripts), and under /account for the
/// household's photo page with its cookie, where every request carries the antiforgery token in the
/// RequestVerificationToken header (the page renders it) or is refused before anything else.
/// </summary>
internal static class ResumableEndpoints
{
    public const string ApiRoute = "/api/products/{productId:guid}/photo-uploads";
    public const string PageRoute = "/account/products/{productId:guid}/photo-uploads";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoute).WithTags("Media").RequireAuthorization().DisableAntiforgery();   // bearer tokens; bodies read by hand
        Routes(api, TusSurface.Api);
        var page = app.MapGroup(PageRoute).RequireAuthorization().DisableAntiforgery().ExcludeFromDescription()
            .AddEndpointFilter(RequireAntiforgeryHeader);
        Routes(page, TusSurface.Page);
    }

    private static void Routes(RouteGroupBuilder group, TusSurface surface)
    {
        group.MapMethods("", [HttpMethods.Options], ResumableUploads.Options)
            .WithSummary("tus 1.0.0 capabilities: Tus-Version, Tus-Extension (creation, creation-with-upload, termination, expiration), Tus-Max-Size.");
        group.MapMethods("/{uploadId}", [HttpMethods.Options], ResumableUploads.Options).ExcludeFromDescription();
        group.MapPost("", (Guid productId, HttpContext http, ResumableUploads uploads, CancellationToken ct) =>
                uploads.CreateAsync(productId, http, surface, ct))
            .WithSummary("Create a resumable photo upload (tus creation): Upload-Length, Upload-Metadata (filename, filetype, idempotencyKey, " +
                "base64 values), Tus-Resumable: 1.0.0. 201 with Location; a body sent as application/offset+octet-stream is the first bytes.")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapMethods("/{uploadId}", [HttpMethods.Head], (Guid productId, string uploadId, HttpContext http, ResumableUploads uploads, CancellationToken ct) =>
                uploads.HeadAsync(productId, uploadId, http, ct))
            .WithSummary("The upload's Upload-Offset and Upload-Length (and CraftMarket-Photo-Id once complete).");
        group.MapPatch("/{uploadId}", (Guid productId, string uploadId, HttpContext http, ResumableUploads uploads, CancellationToken ct) =>
                uploads.PatchAsync(productId, uploadId, http, surface, ct))
            .WithSummary("Append bytes at Upload-Offset (application/offset+octet-stream); 409 if the offset is not the server's. " +
                "The PATCH that completes the file answers CraftMarket-Photo-Id and CraftMarket-Photo-State.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/{uploadId}", (Guid productId, string uploadId, HttpContext http, ResumableUploads uploads, CancellationToken ct) =>
                uploads.DeleteAsync(productId, uploadId, http, ct))
            .WithSummary("End an upload (tus termination): its bytes are deleted; a photo it already became stays.");
    }

    /// <summary>The page's cookie alone is not enough: a request from another site would carry it too.</summary>
    private static async ValueTask<object?> RequireAntiforgeryHeader(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var header = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value.HeaderName;
        if (header is null || string.IsNullOrEmpty(http.Request.Headers[header]))
            return Refuse(http, "The request has no antiforgery token (RequestVerificationToken header); reload the page.");
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Refuse(http, "The antiforgery token is not valid for this session; reload the page.");
        }
        return await next(context);
    }

    private static IResult Refuse(HttpContext http, string detail)
    {
        http.Response.Headers[TusHeaders.Resumable] = TusHeaders.Version;
        http.Response.Headers.CacheControl = "no-store";
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        return HttpMethods.IsHead(http.Request.Method) ? Results.StatusCode(400)
            : TypedResults.Problem(detail, statusCode: 400, title: "Invalid request", extensions: new Dictionary<string, object?> { ["code"] = "antiforgery" });
    }
}
