using System.Security.Claims;
using System.Threading.RateLimiting;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Features.Upload;

/// <summary>The outcome of an upload: the photo (new, or the one this retry or duplicate already made), or why not.</summary>
internal sealed record UploadOutcome(PhotoDto? Photo, bool Created, Refusal? Refusal);

/// <summary>
/// Accepts one received file for a product: idempotent by the client's id, deduplicated by content
/// within the product, within the producer's quota. The original is stored (content-addressed)
/// before the photo row and its PhotoUploaded event commit together; rendering happens later.
/// </summary>
internal sealed class UploadPhotoHandler(MediaDb db, IBlobStore blobs, MediaOptions options, TimeProvider clock)
{
    public async Task<UploadOutcome> HandleAsync(Actor actor, string? clientId, ReceivedFile file, CancellationToken ct)
    {
        var product = actor.Product.Id;
        if (clientId is not null && await db.Photos.FirstOrDefaultAsync(p => p.ClientId == clientId, ct) is { } retried)
        {
            return retried.ProductId == product && retried.Sha256 == file.Sha256
                ? await Existing(retried, ct)
                : Refuse(409, "client_id_reused", "This upload id was already used for a different photo; a new photo needs a new id.");
        }
        if (await db.Photos.FirstOrDefaultAsync(p => p.ProductId == product && p.Sha256 == file.Sha256, ct) is { } duplicate)
            return await Existing(duplicate, ct);

        var count = await db.Photos.CountAsync(p => p.ProductId == product, ct);
        if (count >= options.MaxPhotosPerProduct)
            return Refuse(409, "too_many_photos", $"A product has at most {options.MaxPhotosPerProduct} photos; remove one first.");
        if (actor.Member is { } member && !actor.IsStaff)
        {
            var used = await db.Photos.Where(p => p.Producer == member).Select(p => new { p.Sha256, p.ByteSize }).Distinct().SumAsync(p => p.ByteSize, ct);
            if (used + file.Bytes > options.QuotaBytesPerProducer)
                return Refuse(413, "quota_exceeded", $"Your photos already use {used / (1024 * 1024)} MB of your {options.QuotaBytesPerProducer / (1024 * 1024)} MB; remove old photos to add new ones.");
        }

        var key = BlobKeys.Original(file.Sha256);
        if (!await blobs.ExistsAsync(key, ct)) await blobs.PutAsync(key, file.TempPath, file.Header.MimeType, ct);

        var position = count == 0 ? 0 : await db.Photos.Where(p => p.ProductId == product).MaxAsync(p => p.Position, ct) + 1;
        var photo = Photo.Accept(actor.Product.TenantId, product, clientId, file.Sha256, file.Header, file.Bytes,
            actor.IsMaker ? actor.Member : null, position, clock.GetUtcNow());
        db.Photos.Add(photo);
        db.Outbox.Add(new PhotoUploaded(Guid.CreateVersion7(), photo.TenantId, photo.Id, product, photo.Sha256), clock);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (clientId is not null)
        {
            // The same retry raced itself (two connections, one photo): the first one's row answers both.
            db.ChangeTracker.Clear();
            if (await db.Photos.FirstOrDefaultAsync(p => p.ClientId == clientId, ct) is { } raced && raced.Sha256 == file.Sha256)
                return await Existing(raced, ct);
            throw;
        }
        return new UploadOutcome(PhotoDto.From(photo, isCover: false), Created: true, null);
    }

    private async Task<UploadOutcome> Existing(Photo photo, CancellationToken ct) =>
        new(PhotoDto.From(photo, await Covers.CurrentAsync(db, photo.ProductId, ct) == photo.Id), Created: false, null);

    private static UploadOutcome Refuse(int status, string code, string reason) => new(null, false, new Refusal(status, code, reason));
}

/// <summary>
/// Uploads per producer account per minute, the same count for the API and the page; one count across
/// every node when Redis is configured (ADR 0079), this node's own otherwise.
/// </summary>
internal sealed class UploadRateLimits(MediaOptions options, SharedRedis? redis = null, ILoggerFactory? logs = null) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter =
        SharedRateLimits.Partitioned(redis, logs, "media-uploads", () => options.UploadsPerMinute, TimeSpan.FromMinutes(1));

    public async ValueTask<Refusal?> TryTakeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var key = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "anonymous";
        using var lease = await limiter.AcquireAsync(key, 1, ct);
        return lease.IsAcquired ? null : new Refusal(429, "rate_limited", $"Too many uploads: at most {options.UploadsPerMinute} a minute. The page retries by itself.");
    }

    public void Dispose() => limiter.Dispose();
}
