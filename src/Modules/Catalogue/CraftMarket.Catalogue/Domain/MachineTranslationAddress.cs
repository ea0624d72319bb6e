using System.Net;

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

    /// <summary>Anything but the public internet (SharedKernel's one rule, shared with webhooks).</summary>
    public static bool IsPrivate(IPAddress address) => !CraftMarket.SharedKernel.Net.PublicAddresses.IsPublic(address);
}
