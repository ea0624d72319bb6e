using System.Security.Cryptography.X509Certificates;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// The key ring signs session cookies, bearer tokens and antiforgery tokens: whoever reads the keys can
/// sign in as anyone. On PostgreSQL they live in the database (<see cref="DataProtectionKeysDb"/>, ADR 0077),
/// so a cookie or form token made by one web node is read by every other; the embedded default keeps them
/// in the data directory's <c>keys/</c>. Either way they are encrypted at rest (ADR 34) with the certificate named by
/// <c>CraftMarket:DataProtection:CertificatePath</c> (PKCS#12, password in <c>CertificatePassword</c>), or with
/// DPAPI on Windows. Linux has no machine key store, so Production without a certificate refuses to start
/// unless <c>CraftMarket:DataProtection:AllowUnprotectedKeys</c> says the disk is protected some other way.
/// </summary>
internal static class DataProtectionKeys
{
    public const string Section = "CraftMarket:DataProtection";

    public const string NoCertificateMessage =
        "Data-protection keys would be stored unencrypted: set CraftMarket:DataProtection:CertificatePath (a PKCS#12 file with " +
        "its private key) and CraftMarket:DataProtection:CertificatePassword, or, if the key directory is protected another way " +
        "(an encrypted volume only this service can read), set CraftMarket:DataProtection:AllowUnprotectedKeys=true. See infra/README.md.";

    public static IDataProtectionBuilder AddProtectedKeys(this IServiceCollection services, IConfiguration config, IHostEnvironment environment, PlatformSettings settings)
    {
        var section = config.GetSection(Section);
        var builder = services.AddDataProtection().SetApplicationName("CraftMarket");
        if (settings.Database.Provider == DatabaseProvider.Postgres)
        {
            DataProtectionKeysDb.AddTo(services, settings.Database);
            builder.PersistKeysToDbContext<DataProtectionKeysDb>();
        }
        else
            builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory.Path, "keys")));

        if (section["CertificatePath"] is { Length: > 0 } path)
            return builder.ProtectKeysWithCertificate(Load(path, section["CertificatePassword"]));
        if (OperatingSystem.IsWindows())
            return builder.ProtectKeysWithDpapi();
        if (environment.IsProduction() && !section.GetValue<bool>("AllowUnprotectedKeys"))
            throw new InvalidOperationException(NoCertificateMessage);
        return builder;
    }

    /// <summary>
    /// After migrating: make the first key now, once, rather than have several nodes that start together on
    /// an empty store each make their own (a node reads another's key only when it next reloads its ring).
    /// </summary>
    public static void EnsureKey(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("CraftMarket.KeyRing").Protect([1]);

    private static X509Certificate2 Load(string path, string? password)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"CraftMarket:DataProtection:CertificatePath names {path}, which does not exist.");
        // Exportable is not needed: the key only decrypts; EphemeralKeySet keeps the private key out of the user's key store.
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"The data-protection certificate {path} has no private key: the key ring could be written but never read.");
        return certificate;
    }
}
