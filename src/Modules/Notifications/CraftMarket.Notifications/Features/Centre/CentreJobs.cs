using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Notifications.Features.Centre;

/// <summary>Bound from <c>CraftMarket:Notifications</c>.</summary>
internal sealed class CentreOptions
{
    /// <summary>How often held deliveries and due digests are looked for.</summary>
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Every <see cref="CentreOptions.JobInterval"/> on a process doing background work: releases held deliveries, sends due digests.</summary>
internal sealed class CentreJobs(HeldDeliveries held, DailyDigest digest, ProcessRole role, IOptions<CentreOptions> options, TimeProvider clock,
    ILogger<CentreJobs> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!role.RunsBackgroundWork) return;
        var interval = options.Value.JobInterval > TimeSpan.Zero ? options.Value.JobInterval : TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await held.ReleaseDueAsync(clock.GetUtcNow(), stoppingToken);
                await digest.SendDueAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The notification jobs failed; trying again in {Interval}", interval);
            }
        }
    }
}
