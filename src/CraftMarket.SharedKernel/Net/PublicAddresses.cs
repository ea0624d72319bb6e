using System.Net;
using System.Net.Sockets;

namespace CraftMarket.SharedKernel.Net;

/// <summary>
/// Which addresses are on the public internet, for any outgoing call a village configures (webhooks,
/// machine translation): loopback, private, link-local (169.254.169.254, the cloud metadata service),
/// carrier-grade NAT, multicast, reserved and documentation ranges are not, for IPv4, IPv6, IPv4
/// mapped in IPv6 and NAT64. Callers check at registration AND on every connection (a name may
/// resolve elsewhere later).
/// </summary>
public static class PublicAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] BlockedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
    ];

    private static readonly (IPAddress Network, int Prefix)[] BlockedV6 =
    [
        (IPAddress.IPv6None, 128), (IPAddress.IPv6Loopback, 128), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("fec0::"), 10), (IPAddress.Parse("ff00::"), 8), (IPAddress.Parse("2001:db8::"), 32), (IPAddress.Parse("100::"), 64),
    ];

    private static readonly IPAddress Nat64 = IPAddress.Parse("64:ff9b::");

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork) return !BlockedV4.Any(b => InRange(address, b.Network, b.Prefix));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (InRange(address, Nat64, 96)) return IsPublic(new IPAddress(address.GetAddressBytes()[12..]));
        return !BlockedV6.Any(b => InRange(address, b.Network, b.Prefix));
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length) return false;
        for (var i = 0; i < prefix / 8; i++) if (a[i] != n[i]) return false;
        var rest = prefix % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (a[prefix / 8] & mask) == (n[prefix / 8] & mask);
    }

    /// <summary>The host's addresses (an IP literal is its own), or an empty list when the name does not resolve in time.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            return await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return [];
        }
    }
}
