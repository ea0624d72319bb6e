using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Pictures;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Features.Gallery;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Manage;

/// <summary>
/// A product's gallery as its makers and the staff manage it: list, reorder, choose the cover,
/// remove; staff alone reject with a reason. Every change that moves the cover announces it.
/// </summary>
internal sealed class ManagePhotos(MediaDb db, TimeProvider clock)
{
    public const int ReasonMax = 500;

    public const string RemoveRefusal = "Only the product's makers and the association admin remove photos.";

    public async Task<IReadOnlyList<PhotoDto>> ListAsync(ProductId product, CancellationToken ct)
    {
        var photos = await Ordered(product, ct);
        var cover = photos.FirstOrDefault(p => p.IsReady)?.Id;
        return [.. photos.Select(p => PhotoDto.From(p, p.Id == cover))];
    }

    /// <summary>The list with a picture of each ready photo, for the photo manager page (makers preview unpublished ones).</summary>
    public async Task<IReadOnlyList<ManagedPhoto>> ViewsAsync(ProductId product, CancellationToken ct)
    {
        var photos = await Ordered(product, ct);
        var cover = photos.FirstOrDefault(p => p.IsReady)?.Id;
        return [.. photos.Select(p => new ManagedPhoto(PhotoDto.From(p, p.Id == cover), p.IsReady ? Pictures.View(p) : null))];
    }

    /// <summary>One place earlier (<paramref name="by"/> = -1) or later (+1): the page's move buttons.</summary>
    public async Task<Result> MoveAsync(ProductId product, PhotoId photo, int by, CancellationToken ct)
    {
        var order = (await Ordered(product, ct)).Select(p => p.Id.Value).ToList();
        var at = order.IndexOf(photo.Value);
        if (at < 0) return Error.NotFound("photo");
        var to = Math.Clamp(at + Math.Sign(by), 0, order.Count - 1);
        (order[at], order[to]) = (order[to], order[at]);
        return await ReorderAsync(product, order, ct);
    }

    /// <summary>The given photos first, in the given order; the others keep their relative order after them.</summary>
    public async Task<Result> ReorderAsync(ProductId product, IReadOnlyList<Guid> order, CancellationToken ct)
    {
        var photos = await Ordered(product, ct);
        if (order.Distinct().Count() != order.Count || order.Any(id => photos.All(p => p.Id.Value != id)))
            return Error.Validation("photos", "List each photo of this product at most once.");
        var before = Cover(photos);
        var arranged = order.Select(id => photos.First(p => p.Id.Value == id)).Concat(photos.Where(p => !order.Contains(p.Id.Value))).ToList();
        for (var i = 0; i < arranged.Count; i++) arranged[i].MoveTo(i);
        return await SaveAsync(photos, product, before, ct);
    }

    public async Task<Result> ChooseCoverAsync(ProductId product, PhotoId photo, CancellationToken ct)
    {
        var photos = await Ordered(product, ct);
        if (photos.FirstOrDefault(p => p.Id == photo) is not { } chosen) return Error.NotFound("photo");
        if (!chosen.IsReady) return Error.Conflict("photo_not_ready", "Only a ready photo can be the cover.");
        return await ReorderAsync(product, [photo.Value], ct);
    }

    public async Task<Result> RejectAsync(ProductId product, PhotoId photo, string? reason, CancellationToken ct)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ReasonMax)
            return Error.Validation("reason", $"Say why the photo is rejected (1 to {ReasonMax} characters); the producer reads it.");
        var photos = await Ordered(product, ct);
        if (photos.FirstOrDefault(p => p.Id == photo) is not { } rejected) return Error.NotFound("photo");
        var before = Cover(photos);
        rejected.Reject(reason);
        return await SaveAsync(photos, product, before, ct);
    }

    public async Task<Result> RemoveAsync(ProductId product, PhotoId photo, CancellationToken ct)
    {
        var photos = await Ordered(product, ct);
        if (photos.FirstOrDefault(p => p.Id == photo) is not { } removed) return Error.NotFound("photo");
        var before = Cover(photos);
        db.Photos.Remove(removed);
        photos.Remove(removed);
        // Blobs stay: they are shared by content and small next to the cost of losing one by mistake.
        if (photos.Count == 0)
        {
            if (before is not null) db.Outbox.Add(new ProductCoverChanged(Guid.CreateVersion7(), removed.TenantId, product, null, null), clock);
            await db.SaveChangesAsync(ct);
            return Result.Ok();
        }
        return await SaveAsync(photos, product, before, ct);
    }

    private async Task<Result> SaveAsync(List<Photo> photos, ProductId product, PhotoId? before, CancellationToken ct)
    {
        Covers.RaiseIfMoved(db, photos, product, before, clock);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    private static PhotoId? Cover(List<Photo> photos) => photos.FirstOrDefault(p => p.IsReady)?.Id;

    private Task<List<Photo>> Ordered(ProductId product, CancellationToken ct) =>
        db.Photos.Where(p => p.ProductId == product).OrderBy(p => p.Position).ThenBy(p => p.UploadedAt).ToListAsync(ct);
}

/// <summary>A photo as the manager page shows it: its state, and once ready, its picture.</summary>
internal sealed record ManagedPhoto(PhotoDto Photo, PictureView? Picture);
