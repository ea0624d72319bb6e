using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Identity.Authentication;

/// <summary>
/// The part of a client's address that rate limits count attempts under. An IPv4 address is one
/// client; an IPv6 client usually holds a whole /64 (one customer's prefix, addresses rotated
/// freely inside it), so the /64 is the client, or it could change address for every attempt.
/// </summary>
internal static class ClientAddress
{
    public const int Ipv6ClientPrefix = 64;

    public static string PartitionOf(HttpContext context) => PartitionOf(context.Connection.RemoteIpAddress);

    public static string PartitionOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, Ipv6ClientPrefix / 8, bytes.Length - Ipv6ClientPrefix / 8);
        return $"{new IPAddress(bytes)}/{Ipv6ClientPrefix}";
    }
}
