using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>Bound from <c>CraftMarket:Inquiries</c>.</summary>
internal sealed class OfferJobOptions
{
    /// <summary>How often the deadline job looks for offers due a reminder or past their deadline.</summary>
    public TimeSpan OfferJobInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs <see cref="OfferDeadlines"/> every <see cref="OfferJobOptions.OfferJobInterval"/> on a process that does background work (the worker role).</summary>
internal sealed class OfferDeadlinesJob(OfferDeadlines deadlines, ProcessRole role, IOptions<OfferJobOptions> options, TimeProvider clock,
    ILogger<OfferDeadlinesJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!role.RunsBackgroundWork) return;
        var interval = options.Value.OfferJobInterval > TimeSpan.Zero ? options.Value.OfferJobInterval : TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await deadlines.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The offer deadline job failed; trying again in {Interval}", interval);
            }
        }
    }
}
