using CraftMarket.Media.Data;
using CraftMarket.Media.Domain;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Media.Features.Render;

/// <summary>
/// The render job. Runs wherever the outbox runs (the web process by default, a `worker` process
/// in production), for the tenant named in the event. Marking the photo ready, the cover event and
/// the processed mark commit together, so a redelivery never renders or announces twice; a photo
/// that cannot be decoded is rejected with the reason, never half-processed.
/// </summary>
internal sealed class RenderPhoto(MediaDb db, TenantContext tenant, IServiceProvider services, RenditionStore renditions,
    IBlobStore blobs, TimeProvider clock, ILogger<RenderPhoto> log) : IIntegrationEventHandler<PhotoUploaded>
{
    private const string Consumer = "media.render-photo";

    public async Task Handle(PhotoUploaded e, CancellationToken ct)
    {
        tenant.Set(e.TenantId, services.GetService<ITenantDirectory>()?.FindById(e.TenantId)?.Slug ?? "");
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
            Covers.RaiseIfMoved(db, photos, e.ProductId, coverBefore, clock);
        }
        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        // A damaged original is kept nowhere: the same bytes uploaded again would fail the same way.
        if (undecodable) await blobs.DeleteAsync(BlobKeys.Original(e.Sha256), ct);
    }
}
