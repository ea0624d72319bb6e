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
}

/// <summary>Background loop around one module's <see cref="OutboxDispatcher{TContext}"/>.</summary>
public sealed class OutboxWorker<TContext>(OutboxDispatcher<TContext> dispatcher, IOptions<OutboxOptions> options, ILogger<OutboxWorker<TContext>> log)
    : BackgroundService where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
            if (handled < OutboxDispatcher<TContext>.BatchSize)
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
