using CraftMarket.SharedKernel.Caching.Signals;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// Another node dropped pages (a product published there, a worker's consumer changed a cover): drop
/// the same here and retire what is kept under <see cref="SharedKernel.Caching.StorefrontGenerations"/>.
/// After a lost connection every page goes: which villages changed meanwhile is unknown.
/// </summary>
internal sealed class StorefrontSignals(OutputCacheStorefront storefront, ILogger<StorefrontSignals> log) : IClusterSignalHandler
{
    public string Channel => OutputCacheStorefront.Channel;

    public async Task HandleAsync(ClusterSignal signal, CancellationToken ct)
    {
        if (signal.Payload is not { } payload || payload == OutputCacheStorefront.Everything)
        {
            await storefront.EvictAllHereAsync(ct);
            return;
        }
        var villages = new List<TenantId>();
        foreach (var id in payload.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Guid.TryParseExact(id, "N", out var guid)) villages.Add(new TenantId(guid));
            else log.LogWarning("Ignored a storefront signal naming {Id}, which is not a village id", id);
        }
        if (villages.Count > 0) await storefront.EvictHereAsync(villages, ct);
    }
}
