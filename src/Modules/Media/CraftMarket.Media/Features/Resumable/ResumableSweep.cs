using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Media.Features.Resumable;

/// <summary>
/// Deletes the files of resumable uploads nobody continued within their expiry (MediaOptions.ResumableExpiry),
/// every ResumableSweepEvery; expired uploads already answer 404 before the sweep removes them.
/// </summary>
internal sealed class ResumableSweep(ResumableUploadStore store, MediaOptions options, TimeProvider clock, ILogger<ResumableSweep> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ResumableSweepEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var removed = await store.SweepAsync(clock.GetUtcNow(), stoppingToken);
                if (removed > 0) log.LogInformation("Removed {Count} expired resumable photo uploads", removed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Could not remove expired resumable photo uploads; will try again");
            }
        }
    }
}
