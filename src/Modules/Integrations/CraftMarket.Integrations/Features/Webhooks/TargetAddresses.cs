using System.Net;
using CraftMarket.SharedKernel.Net;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// Keeps webhooks from reaching inside the platform's network (SSRF) through the shared
/// <see cref="PublicAddresses"/> rule, plus the receivers the test configuration names. Checked when
/// an endpoint is registered AND again on every connection (a name may resolve elsewhere later).
/// </summary>
internal static class TargetAddresses
{
    /// <summary>True when the address is on the public internet (or is a receiver the test configuration names).</summary>
    public static bool IsAllowed(IPAddress address, WebhookOptions options) =>
        options.IsTestReceiver(address)
        || (address.IsIPv4MappedToIPv6 && options.IsTestReceiver(address.MapToIPv4()))
        || PublicAddresses.IsPublic(address);

    /// <summary>The host's addresses (an IP literal is its own), or an empty list when the name does not resolve in time.</summary>
    public static Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => PublicAddresses.ResolveAsync(host, ct);
}
