using Microsoft.Extensions.Hosting;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>
/// Loads the tenant cache when the host starts (after migrations), so a worker-only process,
/// which never resolves a request, can still look tenants up for the messages it handles.
/// </summary>
internal sealed class TenantCacheWarmUp(TenantCache cache) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => cache.ReloadAsync(cancellationToken);
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
