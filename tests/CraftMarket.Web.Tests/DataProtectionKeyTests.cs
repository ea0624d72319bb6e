using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CraftMarket.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

/// <summary>ADR 34: the key ring that signs every session is encrypted on disk, or Production does not start.</summary>
public sealed class DataProtectionKeyTests : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "craftmarket-dp", Guid.NewGuid().ToString("N"));

    public DataProtectionKeyTests() => Directory.CreateDirectory(work);

    private sealed class ProductionApp(IDictionary<string, string?> extra) : CraftMarketApp(seedDemo: false, extra: extra)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public void Production_without_a_certificate_refuses_to_start_and_says_what_to_set()
    {
        using var app = new ProductionApp(new Dictionary<string, string?>());
        var error = Should.Throw<Exception>(() => app.Services);
        Messages(error).ShouldContain("CraftMarket:DataProtection:CertificatePath");
    }

    [Fact]
    public void Production_starts_without_a_certificate_when_explicitly_told_the_disk_is_protected()
    {
        using var app = new ProductionApp(new Dictionary<string, string?> { ["CraftMarket:DataProtection:AllowUnprotectedKeys"] = "true" });
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("t").Protect("x").ShouldNotBeEmpty();
    }

    [Fact]
    public void Keys_are_encrypted_with_the_configured_certificate_and_a_restart_reads_them()
    {
        var pfx = Path.Combine(work, "dp.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=CraftMarket data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "throwaway"));
        }
        var data = Path.Combine(work, "data");
        var settings = new Dictionary<string, string?>
        {
            ["CraftMarket:DataDirectory"] = data,
            ["CraftMarket:DataProtection:CertificatePath"] = pfx,
            ["CraftMarket:DataProtection:CertificatePassword"] = "throwaway",
        };

        string token;
        using (var first = new ProductionApp(settings))
            token = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session").Protect("signed in");

        var keyFiles = Directory.GetFiles(Path.Combine(data, "keys"), "*.xml");
        keyFiles.ShouldNotBeEmpty();
        foreach (var file in keyFiles)
        {
            var xml = File.ReadAllText(file);
            xml.ShouldContain("encryptedSecret");
            xml.ShouldNotContain("<value>", customMessage: "the master key must not be on disk in clear");
        }

        using var restarted = new ProductionApp(settings);
        restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session").Unprotect(token).ShouldBe("signed in");
    }

    private static string Messages(Exception? e)
    {
        var all = new List<string>();
        for (; e is not null; e = e.InnerException) all.Add(e.Message);
        return string.Join(" | ", all);
    }

    public void Dispose()
    {
        try { Directory.Delete(work, recursive: true); } catch (IOException) { /* SQLite may hold the file a moment longer */ }
    }
}
