using CraftMarket.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>
/// Keeps every node's tenant cache current when another node changed a tenant. The node that
/// made a change reloads at once; the others notice within <see cref="TenancyOptions.RefreshInterval"/>
/// by reading two numbers (tenant count and latest update). Polling needs no broker and works
/// the same on SQLite and PostgreSQL; a suspension taking a few seconds to reach every node is fine.
/// </summary>
internal sealed class TenantCacheRefresher(TenantCache cache, IServiceScopeFactory scopes, IOptions<TenancyOptions> options,
    ILogger<TenantCacheRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
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
