using CraftMarket.SharedKernel.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>Bound from <c>CraftMarket:QualityMarks</c>.</summary>
internal sealed class CertificateJobOptions
{
    /// <summary>How often the expiry job looks for certificates starting, expiring and due a reminder.</summary>
    public TimeSpan ExpiryJobInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Runs <see cref="CertificateExpiry"/> every <see cref="CertificateJobOptions.ExpiryJobInterval"/> on a process that does background work.</summary>
internal sealed class CertificateExpiryJob(CertificateExpiry expiry, ProcessRole role, IOptions<CertificateJobOptions> options, TimeProvider clock,
    ILogger<CertificateExpiryJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!role.RunsBackgroundWork) return;
        var interval = options.Value.ExpiryJobInterval > TimeSpan.Zero ? options.Value.ExpiryJobInterval : TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await expiry.RunAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The certificate expiry job failed; trying again in {Interval}", interval);
            }
        }
    }
}
