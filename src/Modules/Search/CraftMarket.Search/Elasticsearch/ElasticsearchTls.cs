using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CraftMarket.Search.Elasticsearch;

/// <summary>
/// Elasticsearch 8 starts with TLS and a CA of its own. With <see cref="ElasticsearchOptions.CertificateAuthority"/>
/// the server's certificate must chain to that CA (and name the host); with
/// <see cref="ElasticsearchOptions.CertificateFingerprint"/> a certificate of the server's chain must have
/// that SHA-256 fingerprint (pinning; the host name is not checked, as Elastic's own clients do).
/// A certificate the machine already trusts is accepted either way.
/// </summary>
internal static class ElasticsearchTls
{
    public static RemoteCertificateValidationCallback? Validator(ElasticsearchOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificateFingerprint))
        {
            var pinned = Normalize(options.CertificateFingerprint);
            if (pinned.Length != 64 || !pinned.All(Uri.IsHexDigit))
                throw new InvalidOperationException("Search:Elasticsearch:CertificateFingerprint must be a SHA-256 fingerprint: 64 hexadecimal digits (colons allowed).");
            return (_, certificate, chain, errors) => errors == SslPolicyErrors.None || (certificate is not null &&
                Certificates(certificate, chain).Any(c => string.Equals(Convert.ToHexString(SHA256.HashData(c.GetRawCertData())), pinned, StringComparison.Ordinal)));
        }
        if (string.IsNullOrWhiteSpace(options.CertificateAuthority)) return null;
        var authority = Load(options.CertificateAuthority);
        return (_, certificate, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None) return true;
            if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;
            using var custom = new X509Chain();
            custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            custom.ChainPolicy.CustomTrustStore.Add(authority);
            custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (chain is not null) foreach (var element in chain.ChainElements) custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            return custom.Build(leaf);
        };
    }

    /// <summary>The server's certificate, the chain built from it, and every certificate the server sent (an untrusted CA may be left out of the built chain).</summary>
    private static IEnumerable<X509Certificate> Certificates(X509Certificate certificate, X509Chain? chain) =>
        chain is null ? [certificate]
            : [certificate, .. chain.ChainElements.Select(e => (X509Certificate)e.Certificate), .. chain.ChainPolicy.ExtraStore.Select(c => (X509Certificate)c)];

    private static string Normalize(string fingerprint) =>
        fingerprint.Replace(":", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static X509Certificate2 Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"Search:Elasticsearch:CertificateAuthority: no file at {path}.");
        var text = File.ReadAllText(path);
        return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
            ? X509Certificate2.CreateFromPem(text)
            : X509CertificateLoader.LoadCertificateFromFile(path);
    }
}
