using CraftMarket.SharedKernel.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CraftMarket.Testing;

/// <summary>
/// The real site in-process: its own temporary data directory (SQLite file, keys, mailbox) or its
/// own PostgreSQL database, demo data seeded unless asked otherwise. Dispose deletes what it made.
/// </summary>
public class CraftMarketApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public CraftMarketApp(bool seedDemo = true, string? postgresConnectionString = null, IDictionary<string, string?>? extra = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "craftmarket-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        settings = new()
        {
            ["CraftMarket:DataDirectory"] = DataDirectory,
            ["CraftMarket:SeedDemo"] = seedDemo.ToString(),
            ["CraftMarket:Outbox:PollInterval"] = "00:00:00.050",
        };
        if (postgresConnectionString is not null)
        {
            settings["CraftMarket:Database:Provider"] = nameof(DatabaseProvider.Postgres);
            settings["CraftMarket:Database:ConnectionString"] = postgresConnectionString;
            settings["CraftMarket:MigrateAtStart"] = "true";
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Modules' own files (/_content/CraftMarket.X/...: page scripts and styles) are served from their
        // projects as in Development; a published site has them in wwwroot instead.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    /// <summary>A client that talks to one association through its subdomain, as a browser would.</summary>
    public HttpClient ClientFor(string? tenantSlug, bool followRedirects = false)
    {
        var host = tenantSlug is null ? "localhost" : $"{tenantSlug}.localhost";
        return CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri($"http://{host}/"),
            AllowAutoRedirect = followRedirects,
            HandleCookies = true,
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* SQLite may hold the file a moment longer */ }
    }
}
