using CraftMarket.Identity.Contracts;
using CraftMarket.Integrations.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// Sends due deliveries on a process that does background work: every <see cref="WebhookOptions.PollInterval"/>
/// it takes up to <see cref="BatchSize"/> due deliveries, endpoints side by side (four at a time), each
/// endpoint's own in order, so one slow receiver holds up only itself.
/// </summary>
internal sealed class WebhookWorker(IServiceScopeFactory scopes, ITenantDirectory tenants, ProcessRole role, IOptions<WebhookOptions> options,
    TimeProvider clock, ILogger<WebhookWorker> log) : BackgroundService
{
    public const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!role.RunsBackgroundWork) return;
        var interval = options.Value.PollInterval > TimeSpan.Zero ? options.Value.PollInterval : TimeSpan.FromSeconds(1);
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The webhook sender failed; trying again in {Interval}", interval);
            }
        }
    }

    public async Task SendDueAsync(CancellationToken ct)
    {
        IReadOnlyList<DueDelivery> due;
        await using (var scan = scopes.CreateAsyncScope())
            due = await WebhookDueCrossTenant.ScanAsync(scan.ServiceProvider.GetRequiredService<IntegrationsDb>(), clock.GetUtcNow(), BatchSize, ct);
        if (due.Count == 0) return;
        await Parallel.ForEachAsync(due.GroupBy(d => d.EndpointId), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct },
            async (endpoint, token) =>
            {
                foreach (var delivery in endpoint) await SendOneAsync(delivery, token);
            });
    }

    private async Task SendOneAsync(DueDelivery due, CancellationToken ct)
    {
        if (tenants.FindById(due.TenantId) is not { } association) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(association.Id, association.Slug);
            scope.ServiceProvider.GetRequiredService<ICurrentActor>().ActAsBackground("webhooks sender");
            await scope.ServiceProvider.GetRequiredService<WebhookSender>().SendAsync(due.DeliveryId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Webhook delivery {Delivery} could not be sent", due.DeliveryId);
        }
    }
}
