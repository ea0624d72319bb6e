using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Search.Tests.Elasticsearch;

/// <summary>
/// Elasticsearch 8 serves HTTPS with a certificate from its own CA: a local HTTPS server (Kestrel on
/// loopback, a certificate for 127.0.0.1 from a test CA under a test root, CA sent in the chain) in front of
/// <see cref="FakeElasticsearch"/>, reached through the engine's real registration (no handler override).
/// </summary>
public sealed class ElasticsearchTlsTests
{
    [Fact]
    public async Task The_clusters_CA_or_its_fingerprint_is_trusted_and_a_wrong_one_refused()
    {
        // As Elasticsearch 8 serves it: its HTTP certificate and the CA that issued it (here under a test root).
        using var root = Authority("CN=Test root CA");
        using var ca = Issue(root, "CN=Test Elasticsearch HTTP CA", authority: true);
        using var otherCa = Authority("CN=Some other CA");
        using var leaf = Issue(ca, "CN=127.0.0.1", authority: false);
        var caFile = Path.Combine(Path.GetTempPath(), $"es-ca-{Guid.NewGuid():N}.crt");
        var otherFile = caFile.Replace("es-ca-", "es-other-", StringComparison.Ordinal);
        await File.WriteAllTextAsync(caFile, root.ExportCertificatePem());
        await File.WriteAllTextAsync(otherFile, otherCa.ExportCertificatePem());
        var es = new FakeElasticsearch();
        await using var server = await Serve(es, leaf, [ca, root]);
        var url = server.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single();
        try
        {
            await new ElasticsearchEngine(es.Clients(), new ElasticsearchOptions { Index = "cm" }, TimeProvider.System).InstallAsync(default);

            (await Search(url, ("CertificateAuthority", caFile))).ShouldBe(0);
            (await Search(url, ("CertificateFingerprint", Convert.ToHexString(SHA256.HashData(ca.RawData))))).ShouldBe(0);
            (await Search(url, ("CertificateFingerprint", Convert.ToHexString(SHA256.HashData(leaf.RawData))))).ShouldBe(0, "the HTTP certificate's own fingerprint");
            var colons = string.Join(':', Convert.ToHexString(SHA256.HashData(ca.RawData)).Chunk(2).Select(c => new string(c)));
            (await Search(url, ("CertificateFingerprint", colons.ToLowerInvariant()))).ShouldBe(0, "as Elasticsearch prints it");

            // Refused in the TLS handshake (retried by the search client until its total timeout): the fake never sees them.
            await Should.ThrowAsync<Exception>(() => Search(url, ("SearchTimeout", "00:00:00.300"), ("CertificateAuthority", otherFile)));
            await Should.ThrowAsync<Exception>(() => Search(url, ("SearchTimeout", "00:00:00.300"), ("CertificateFingerprint", Convert.ToHexString(SHA256.HashData(otherCa.RawData)))));
            await Should.ThrowAsync<Exception>(() => Search(url, ("SearchTimeout", "00:00:00.300")), "without either, the machine's trust store does not know the cluster's CA");
            es.To("/cm/_search").Count().ShouldBe(4, "only the four trusted searches arrived");
            Should.Throw<InvalidOperationException>(() => ElasticsearchTls.Validator(new ElasticsearchOptions { CertificateFingerprint = "12:34" }));
        }
        finally
        {
            File.Delete(caFile);
            File.Delete(otherFile);
        }
    }

    private static async Task<long> Search(string url, params (string Key, string Value)[] settings)
    {
        var config = new Dictionary<string, string?> { ["Search:Elasticsearch:Url"] = url, ["Search:Elasticsearch:Index"] = "cm", ["Search:Elasticsearch:SearchTimeout"] = "00:00:10" };
        foreach (var (key, value) in settings) config["Search:Elasticsearch:" + key] = value;
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddElasticsearchEngine(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        await using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<ISearchEngine>().SearchAsync(
            new EngineQuery(new SearchQuery(null, Products.BatTrang, new Dictionary<string, IReadOnlyList<string>>()), QueryPlan.Empty, []), default);
        return result.Total;
    }

    private static X509Certificate2 Authority(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static X509Certificate2 Issue(X509Certificate2 issuer, string name, bool authority)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256);
        if (authority)
        {
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        }
        else
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        }
        using var issued = request.Create(issuer, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(10), RandomNumberGenerator.GetBytes(8));
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pfx), null);
    }

    /// <summary>Kestrel over HTTPS on a free loopback port, each request handed to the fake.</summary>
    private static async Task<WebApplication> Serve(FakeElasticsearch es, X509Certificate2 leaf, X509Certificate2[] chain)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = leaf;
            https.ServerCertificateChain = [.. chain];
        })));
        var app = builder.Build();
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), "http://es.invalid:9200" + context.Request.Path + context.Request.QueryString);
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (body.Length > 0)
            {
                request.Content = new ByteArrayContent(body.ToArray());
                request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(context.Request.ContentType ?? "application/json");
            }
            using var response = await new HttpMessageInvoker(es, disposeHandler: false).SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await response.Content.CopyToAsync(context.Response.Body);
        });
        await app.StartAsync();
        return app;
    }
}
