using CraftMarket.SharedKernel.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.SharedKernel.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often an idle dispatcher looks for new messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Failed deliveries before a message is parked as dead (about 1.5 hours of back-off at 12).
    /// Keep it above any consumer's own give-up count (Media's RenderAttempts) so that consumer decides first.
    /// </summary>
    public int MaxAttempts { get; set; } = 12;

    /// <summary>
    /// Messages one claim takes (ADR 0075). A claim is delivered as a whole before the next, so a larger one means fewer
    /// round trips and larger batches for batch consumers, and a longer wait for the other workers' share.
    /// </summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Hand a claim's messages of one type to consumers that take batches in one call each (true), or every message to
    /// every consumer one by one as before (false: the old path, kept to compare and as a switch-off).
    /// </summary>
    public bool BatchDelivery { get; set; } = true;

    /// <summary>
    /// How long a claim keeps other dispatchers off its messages. Renewed every third of it while its batch is
    /// delivered, so it only runs out when its worker stopped; then the messages are delivered again after it.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Background loop around one module's <see cref="OutboxDispatcher{TContext}"/>.</summary>
public sealed class OutboxWorker<TContext>(
    OutboxDispatcher<TContext> dispatcher, IOptions<OutboxOptions> options, ILogger<OutboxWorker<TContext>> log)
    : BackgroundService where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The embedded SQLite file has one process (one worker): a lease found at start is a killed process's, and
        // waiting for it to run out would only delay delivery. On PostgreSQL other live workers may hold leases.
        try
        {
            await dispatcher.ReleaseLeasesLeftOnSqliteAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Releasing leases left in {Context}'s outbox failed; they run out by themselves", typeof(TContext).Name);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Outbox dispatch for {Context} failed; will retry", typeof(TContext).Name);
            }
            if (handled < Math.Max(1, options.Value.BatchSize))
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
