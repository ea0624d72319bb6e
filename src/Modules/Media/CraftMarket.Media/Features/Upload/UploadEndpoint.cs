using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Imaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Media.Features.Upload;

internal static class UploadEndpoint
{
    public static void Map(RouteGroupBuilder products) =>
        products.MapPost("/{productId:guid}/photos", async (Guid productId, HttpContext http, UploadPipeline pipeline, CancellationToken ct) =>
            {
                var outcome = (await pipeline.HandleAsync(new ProductId(productId), http, ct))[0];
                if (outcome.Refusal is { } refusal) return refusal.ToProblem();
                var photo = outcome.Photo!;
                return outcome.Created
                    ? TypedResults.Accepted($"/api/products/{productId}/photos/{photo.Id}", photo)
                    : Results.Ok(photo);
            })
            .RequireAuthorization()
            .DisableAntiforgery()   // bearer-token API; the body is read by hand, never bound as a form
            .WithName("UploadProductPhoto")
            .WithSummary("Upload one photo (multipart, field “file”; optional Idempotency-Key header or clientId field). " +
                "202 with the new photo in state processing; 200 with the same photo for a retry or a duplicate.")
            .Produces<PhotoDto>(StatusCodes.Status202Accepted)
            .Produces<PhotoDto>()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

internal static class RefusalHttp
{
    public static IResult ToProblem(this Refusal refusal) => TypedResults.Problem(
        refusal.Reason, statusCode: refusal.Status, title: Title(refusal.Status),
        extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });

    private static string Title(int status) => status switch
    {
        400 => "Invalid request",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        413 => "Too large",
        415 => "Not an accepted image",
        422 => "Damaged image",
        429 => "Too many uploads",
        _ => "Refused",
    };
}
