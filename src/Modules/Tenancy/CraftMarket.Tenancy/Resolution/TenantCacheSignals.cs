using CraftMarket.SharedKernel.Caching.Signals;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>
/// Another node committed a tenant change (brand, suspension, hosts, languages): rebuild this node's
/// registry from the database, which drops this node's storefront pages once the new one is in place.
/// A resync after a lost connection does the same; an unchanged registry reloads without dropping pages.
/// </summary>
internal sealed class TenantCacheSignals(TenantCache cache) : IClusterSignalHandler
{
    public const string Channel = "tenants";

    string IClusterSignalHandler.Channel => Channel;

    public Task HandleAsync(ClusterSignal signal, CancellationToken ct) => cache.ReloadAsync(ct);
}
