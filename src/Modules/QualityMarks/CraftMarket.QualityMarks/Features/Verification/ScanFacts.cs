using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>What the scan log keeps of a request: a keyed hash of its network, a coarse country, the browser family. Never the address.</summary>
internal sealed record ScanFacts(string NetworkHash, string? Country, string AgentFamily)
{
    public static ScanFacts Of(HttpContext http, byte[] hashKey) => new(
        HashNetwork(http.Connection.RemoteIpAddress, hashKey),
        CountryOf(http.Request.Headers.AcceptLanguage.ToString()),
        AgentFamilyOf(http.Request.Headers.UserAgent.ToString()));

    /// <summary>
    /// The network, not the address: an IPv4 /24, an IPv6 /48 (a household's or office's allocation),
    /// so one phone moving between addresses of its provider's pool is still mostly one network, and
    /// the stored value says nothing about one person. HMAC-SHA256 with the platform's secret, so the
    /// 2^24 IPv4 networks cannot be tried against a leaked table; 128 bits kept, as hex.
    /// </summary>
    public static string HashNetwork(IPAddress? address, byte[] key)
    {
        var network = NetworkOf(address);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(network), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    public static string NetworkOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            bytes[3] = 0;
            return $"{new IPAddress(bytes)}/24";
        }
        Array.Clear(bytes, 6, bytes.Length - 6);
        return $"{new IPAddress(bytes)}/48";
    }

    /// <summary>The region of the reader's first language with one ("en-US" → "US", "zh-Hant-TW" → "TW"); null when none names a country.</summary>
    public static string? CountryOf(string acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)) return null;
        if (!StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var tags)) return null;
        foreach (var tag in tags.OrderByDescending(t => t.Quality ?? 1))
        {
            var parts = tag.Value.ToString().Split('-');
            foreach (var part in parts.Skip(1))
                if (part.Length == 2 && char.IsAsciiLetter(part[0]) && char.IsAsciiLetter(part[1])) return part.ToUpperInvariant();
        }
        return null;
    }

    /// <summary>Chrome, Safari, Firefox, Edge, Samsung or Other: enough to tell a printed label's scans apart from a script's.</summary>
    public static string AgentFamilyOf(string userAgent) => userAgent switch
    {
        _ when Has(userAgent, "SamsungBrowser/") => "Samsung",
        _ when Has(userAgent, "Edg/") || Has(userAgent, "EdgA/") || Has(userAgent, "EdgiOS/") => "Edge",
        _ when Has(userAgent, "Firefox/") || Has(userAgent, "FxiOS/") => "Firefox",
        _ when Has(userAgent, "CriOS/") || Has(userAgent, "Chrome/") => "Chrome",
        _ when Has(userAgent, "Safari/") && Has(userAgent, "Version/") => "Safari",
        _ => "Other",
    };

    private static bool Has(string text, string token) => text.Contains(token, StringComparison.Ordinal);
}
