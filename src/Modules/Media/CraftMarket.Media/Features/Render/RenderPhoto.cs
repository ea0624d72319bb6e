using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Media.Features.Render;

/// <summary>
/// The render job. Runs wherever the outbox runs (the web process by default, a `worker` process
/// in production), for the tenant named in the event (set by the dispatcher). Marking the photo ready, the cover event and
/// the processed mark commit together, so a redelivery never renders or announces twice; a photo
/// that cannot be decoded is rejected with the reason, never half-processed. Any other failure
/// (original missing, blob store down) is retried by the outbox, with back-off, up to
/// <see cref="MediaOptions.RenderAttempts"/> times; then the photo is rejected with a reason the
/// producer reads, instead of staying "processing" for ever.
/// </summary>
internal sealed class RenderPhoto(MediaDb db, MessageDelivery delivery, RenditionStore renditions,
    IBlobStore blobs, MediaOptions options, TimeProvider clock, ILogger<RenderPhoto> log) : IIntegrationEventHandler<PhotoUploaded>
{
    private const string Consumer = "media.render-photo";

    public async Task Handle(PhotoUploaded e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;

        var photos = await db.Photos.Where(p => p.ProductId == e.ProductId).ToListAsync(ct);
        var photo = photos.FirstOrDefault(p => p.Id == e.PhotoId);
        var undecodable = false;
        if (photo is { State: PhotoState.Processing })
        {
            var coverBefore = photos.Where(p => p.IsReady).OrderBy(p => p.Position).FirstOrDefault()?.Id;
            try
            {
                photo.MarkReady(await renditions.EnsureAsync(photo.Sha256, ct), clock.GetUtcNow());
            }
            catch (UndecodableImageException refused)
            {
                log.LogInformation("Photo {PhotoId} rejected: {Reason}", photo.Id, refused.Message);
                photo.Reject(refused.Message);
                undecodable = true;
            }
            catch (Exception failed) when (failed is not OperationCanceledException)
            {
                // The outbox tells which delivery this is; an admin's retry of a parked message starts again at 1.
                var attempt = delivery.Attempt;
                if (attempt < options.RenderAttempts) throw;
                log.LogError(failed, "Photo {PhotoId} rejected after {Attempts} render attempts", photo.Id, attempt);
                photo.Reject(failed is OriginalMissingException ? RenderFailures.OriginalMissing : RenderFailures.GaveUp);
            }
            Covers.RaiseIfMoved(db, photos, e.ProductId, coverBefore, clock);
        }
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        // A damaged original is kept nowhere: the same bytes uploaded again would fail the same way.
        if (undecodable) await blobs.DeleteAsync(BlobKeys.Original(e.Sha256), ct);
    }
}

/// <summary>
/// Why the job gave up on a photo it could not render, in Vietnamese (the producers' language) and
/// English (apps, staff of other villages); the page shows its own language's half. Fixed
/// sentences, so a translation file can hold them. The same bytes on the same product are the same
/// (rejected) photo, hence "remove it" first.
/// </summary>
internal static class RenderFailures
{
    public const string OriginalMissing =
        "Máy chủ không còn giữ ảnh gốc nên không xử lý được ảnh này. Hãy xoá ảnh này rồi tải lên lại. / " +
        "The server no longer holds this photo's original, so it could not be processed. Remove the photo and upload it again.";

    public const string GaveUp =
        "Máy chủ đã thử xử lý ảnh này nhiều lần nhưng không được (kho lưu ảnh gặp sự cố). Hãy xoá ảnh này rồi tải lên lại; nếu vẫn lỗi, báo cho hiệp hội. / " +
        "The server tried to process this photo several times and failed (the photo store had a problem). Remove the photo and upload it again; if it fails again, tell the association.";
}
