using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Media.Features;
using CraftMarket.Media.Features.Upload;
using CraftMarket.Media.Features.Visibility;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Media.Seeding;

/// <summary>
/// Two drawn photographs for every demo product, in any status (drafts and products in review have
/// photos too, as a producer's would), after the catalogue (40). They enter exactly as an upload
/// does (the receiver's checks, the handler, the outbox), so the render job turns them into
/// renditions in the background, like any producer's photo. Only published products are marked
/// public; the others' photos stay visible to their makers and the association only.
/// </summary>
internal sealed class MediaDemoSeeder(IServiceScopeFactory scopes, MediaOptions options, TimeProvider clock, ILogger<MediaDemoSeeder> log) : IDemoDataSeeder
{
    public int Order => 50;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.SeedDemoPhotos) return;
        await using var lookup = scopes.CreateAsyncScope();
        if (lookup.ServiceProvider.GetService<ITenantDirectory>() is not { } tenants) return;
        foreach (var tenant in tenants.All.Where(t => t.IsActive))
        {
            var added = await SeedTenantAsync(tenant.Id, tenant.Slug, ct);
            if (added > 0) log.LogInformation("Queued {Count} demo photos for {Slug}", added, tenant.Slug);
        }
    }

    public async Task<int> SeedTenantAsync(TenantId tenantId, string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, slug);
        if (scope.ServiceProvider.GetService<ICatalogue>() is not { } catalogue) return 0;
        var db = scope.ServiceProvider.GetRequiredService<MediaDb>();
        var receiver = scope.ServiceProvider.GetRequiredService<UploadReceiver>();
        var handler = scope.ServiceProvider.GetRequiredService<UploadPhotoHandler>();
        var added = 0;
        var perKind = new Dictionary<string, int>();
        await foreach (var (product, categoryName) in catalogue.AllAsync(ct))
        {
            if (product.IsPublic)
            {
                // Catalogue's ProductPublished events say the same; this makes the demo independent of their timing.
                await ProductVisibilityConsumers.SetVisibilityAsync(db, tenantId, product.Id, true, clock, ct);
                await db.SaveChangesAsync(ct);
            }
            if (await db.Photos.AnyAsync(p => p.ProductId == product.Id, ct)) continue;

            var kind = DemoDrawings.KindFor(categoryName.GetValueOrDefault("en") ?? "", slug);
            var ordinal = perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
            var actor = new Actor(product, null, IsStaff: true);
            for (var variant = 0; variant < 2; variant++)
            {
                var bytes = DemoDrawings.For(kind, variant, ordinal);
                using var body = new MemoryStream(bytes);
                var (file, refusal) = await receiver.ReceiveAsync(body, ct);
                if (file is null) throw new InvalidOperationException($"Demo photo for {product.Id} refused: {refusal?.Reason}");
                try
                {
                    var outcome = await handler.HandleAsync(actor, $"demo-{product.Id.Value:N}-{variant}", file, ct);
                    if (outcome.Refusal is { } refused) throw new InvalidOperationException($"Demo photo for {product.Id} refused: {refused.Reason}");
                    added++;
                }
                finally
                {
                    File.Delete(file.TempPath);
                }
            }
        }
        return added;
    }
}
