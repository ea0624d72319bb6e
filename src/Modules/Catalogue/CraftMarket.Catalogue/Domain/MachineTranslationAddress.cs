using System.Net;
using System.Net.Sockets;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// Where the platform may send a product's texts for machine translation: HTTPS to a public address.
/// Checked when the association saves the address and again when connecting (a name may resolve to a
/// private address later). Hosts named in configuration (tests' local stubs) are exempt.
/// </summary>
internal static class MachineTranslationAddress
{
    public static string? Check(string url, IReadOnlyCollection<string> allowedHosts)
    {
        if (url.Length > MachineTranslationSettings.UrlMax) return $"At most {MachineTranslationSettings.UrlMax} characters.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0)
            return "Give the service's full address, e.g. https://translate.example.com/translate.";
        if (IsAllowedHost(uri.Host, allowedHosts)) return null;
        if (uri.Scheme != "https") return "The address must use HTTPS: product texts are not sent unencrypted.";
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 && IsPrivate(IPAddress.Parse(uri.Host.Trim('[', ']'))))
            return "The address must be a public service, not a private or local one.";
        if (uri.IsLoopback || uri.Host.EndsWith(".local", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".internal", StringComparison.OrdinalIgnoreCase))
            return "The address must be a public service, not a private or local one.";
        return null;
    }

    public static bool IsAllowedHost(string host, IReadOnlyCollection<string> allowedHosts) =>
        allowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    /// <summary>Loopback, private, link-local, unique-local, carrier-grade NAT and unspecified addresses.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] is 10 or 127 or 0 || b[0] >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }
}
