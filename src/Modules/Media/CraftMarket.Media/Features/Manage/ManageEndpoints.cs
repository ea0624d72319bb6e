using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using CraftMarket.Identity.Contracts;

namespace CraftMarket.Media.Features.Manage;

internal sealed record ReorderRequest(IReadOnlyList<Guid>? Photos);

internal sealed record RejectRequest(string? Reason);

internal static class ManageEndpoints
{
    public static void Map(RouteGroupBuilder products)
    {
        products.MapGet("/{productId:guid}/photos", (Guid productId, CurrentActor current, PhotoAccess access, ManagePhotos photos, CancellationToken ct) =>
                As(productId, current, access, async _ => Results.Ok(await photos.ListAsync(new ProductId(productId), ct)), ct))
            .WithName("ListProductPhotos").WithSummary("Every photo of the product with its state (makers and staff).")
            .Produces<IReadOnlyList<PhotoDto>>();

        products.MapGet("/{productId:guid}/photos/{photoId:guid}", (Guid productId, Guid photoId, CurrentActor current, PhotoAccess access, ManagePhotos photos, CancellationToken ct) =>
                As(productId, current, access, async _ =>
                    (await photos.ListAsync(new ProductId(productId), ct)).FirstOrDefault(p => p.Id == photoId) is { } found
                        ? Results.Ok(found) : Error.NotFound("photo").ToProblem(), ct))
            .WithName("GetProductPhoto").WithSummary("One photo and its state: poll it after an upload.")
            .Produces<PhotoDto>();

        products.MapPut("/{productId:guid}/photos/order", (Guid productId, ReorderRequest body, CurrentActor current, PhotoAccess access, ManagePhotos photos, CancellationToken ct) =>
                As(productId, current, access, async _ => (await photos.ReorderAsync(new ProductId(productId), body.Photos ?? [], ct)).ToHttp(), ct))
            .WithName("ReorderProductPhotos").WithSummary("Put the listed photos first, in that order; the first ready one is the cover.");

        products.MapPost("/{productId:guid}/photos/{photoId:guid}/cover", (Guid productId, Guid photoId, CurrentActor current, PhotoAccess access, ManagePhotos photos, CancellationToken ct) =>
                As(productId, current, access, async _ => (await photos.ChooseCoverAsync(new ProductId(productId), new PhotoId(photoId), ct)).ToHttp(), ct))
            .WithName("ChooseProductCover").WithSummary("Make a ready photo the cover.");

        products.MapPost("/{productId:guid}/photos/{photoId:guid}/reject", (Guid productId, Guid photoId, RejectRequest body, CurrentActor current, PhotoAccess access, ManagePhotos photos, CancellationToken ct) =>
                As(productId, current, access, async actor => actor.IsStaff
                    ? (await photos.RejectAsync(new ProductId(productId), new PhotoId(photoId), body.Reason, ct)).ToHttp()
                    : Error.Forbidden("Only the association's staff reject photos.").ToProblem(), ct))
            .WithName("RejectProductPhoto").WithSummary("Association staff: reject a photo with a reason the producer reads.");

        products.MapDelete("/{productId:guid}/photos/{photoId:guid}", (Guid productId, Guid photoId, CurrentActor current, PhotoAccess access, ManagePhotos photos, CancellationToken ct) =>
                As(productId, current, access, async actor => actor.MayRemovePhotos
                    ? (await photos.RemoveAsync(new ProductId(productId), new PhotoId(photoId), ct)).ToHttp()
                    : Error.Forbidden(ManagePhotos.RemoveRefusal).ToProblem(), ct))
            .WithName("RemoveProductPhoto").WithSummary("Remove a photo from the product (its makers and the association admin).");
    }

    private static async Task<IResult> As(Guid productId, CurrentActor current, PhotoAccess access, Func<Actor, Task<IResult>> then, CancellationToken ct)
    {
        var actor = await access.ForAsync(new ProductId(productId), current, ct);
        return actor.IsSuccess ? await then(actor.Value!) : actor.Error!.ToProblem();
    }
}
