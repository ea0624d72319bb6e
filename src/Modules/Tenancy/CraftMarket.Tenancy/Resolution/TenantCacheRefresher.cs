using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>
/// The safety net under the tenants signal (ADR 0077): a change no signal announced (a lost signal, a
/// row edited by hand or by another process on the embedded file) is noticed within
/// <see cref="TenancyOptions.RefreshInterval"/> by reading two numbers (tenant count and latest update).
/// </summary>
internal sealed class TenantCacheRefresher(TenantCache cache, IServiceScopeFactory scopes, IOptions<TenancyOptions> options,
    IClusterSignals signals, ILogger<TenantCacheRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshIntervalFor(signals.CrossesNodes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await CurrentVersionAsync(stoppingToken) != cache.Current.Version) await cache.ReloadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Could not check the tenant cache for changes; will try again");
            }
        }
    }

    internal async Task<TenantCache.CacheVersion> CurrentVersionAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenants = scope.ServiceProvider.GetRequiredService<TenancyDb>().Tenants;
        var count = await tenants.CountAsync(ct);
        var last = await tenants.OrderByDescending(t => t.UpdatedAt).Select(t => (DateTimeOffset?)t.UpdatedAt).FirstOrDefaultAsync(ct);
        return new(count, last);
    }
}
