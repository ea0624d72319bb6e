using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Messaging;
using CraftMarket.SharedKernel.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
            // Two years of generated insight history (60,000 rows) only where a test asks for it.
            ["CraftMarket:Insight:DemoHistory"] = "false",
            ["CraftMarket:Outbox:PollInterval"] = "00:00:00.050",
            // Outside Development the site refuses to start without real delivery (ADR 32). These
            // satisfy the check and are never contacted: the dev mailbox (in memory) replaces the senders.
            ["CraftMarket:Smtp:Host"] = "127.0.0.1",
            ["CraftMarket:Smtp:From"] = "site@craftmarket.test",
            ["CraftMarket:Sms:Url"] = "http://127.0.0.1:9/sms",
            // Off by default outside Development (ADR 34); modules' tests check their endpoints are documented.
            ["CraftMarket:PublishApiDocs"] = "true",
            // Many sites share one test process: each one's idle release would collect the whole process's heap (ADR 0081).
            ["CraftMarket:Memory:ReleaseWhenIdle"] = "false",
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

    /// <summary>False for tests of the real senders: the site then delivers to the configured SMTP server and gateway.</summary>
    protected virtual bool UseDevMailbox => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Modules' own files (/_content/CraftMarket.X/...: page scripts and styles) are served from their
        // projects as in Development; a published site has them in wwwroot instead.
        builder.UseStaticWebAssets();
        // A null in `extra` leaves the setting unset, so a test can see the site's own default.
        foreach (var (key, value) in settings)
            if (value is not null) builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddressFilter>());
        if (UseDevMailbox)
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<DevMailbox>());
                services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<DevMailbox>());
            });
    }

    /// <summary>A client that talks to one association through its subdomain, as a browser would.</summary>
    public HttpClient ClientFor(string? tenantSlug, bool followRedirects = false)
    {
        var host = tenantSlug is null ? "localhost" : $"{tenantSlug}.localhost";
        return this.CreateBrowserClient(new Uri($"http://{host}/"), followRedirects);
    }

    /// <summary>
    /// Waits until every module's outbox has delivered what it holds. Consumers write too (a search
    /// cover, a photo's visibility), and a test that watches the effect of writes (the storefront
    /// cache, counts) must not race the tail of the demo seeding's events. Two quiet looks in a row,
    /// because one module's consumer can raise an event into another's outbox. Dead messages wait for an admin, not for this.
    /// </summary>
    public async Task WaitForOutboxesAsync(TimeSpan? deadline = null)
    {
        var contexts = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("CraftMarket.", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(ModuleDbContext)))
            .ToList();
        var until = DateTime.UtcNow + (deadline ?? TimeSpan.FromMinutes(3));
        var quiet = 0;
        while (quiet < 2)
        {
            var pending = 0;
            await using (var scope = Services.CreateAsyncScope())
                foreach (var type in contexts)
                    if (scope.ServiceProvider.GetService(type) is ModuleDbContext db)
                        pending += await db.Outbox.CountAsync(m => m.ProcessedAt == null && m.DeadAt == null);
            quiet = pending == 0 ? quiet + 1 : 0;
            if (DateTime.UtcNow > until) throw new TimeoutException($"{pending} outbox messages were still pending: {await PendingAsync(contexts)}");
            await Task.Delay(100);
        }
    }

    /// <summary>What is still pending, by name, attempts and last error: a stuck message names its consumer's failure.</summary>
    private async Task<string> PendingAsync(IReadOnlyList<Type> contexts)
    {
        var lines = new List<string>();
        await using var scope = Services.CreateAsyncScope();
        foreach (var type in contexts)
            if (scope.ServiceProvider.GetService(type) is ModuleDbContext db)
                lines.AddRange((await db.Outbox.AsNoTracking().Where(m => m.ProcessedAt == null && m.DeadAt == null).Take(5).ToListAsync())
                    .Select(m => $"{m.Name} v{m.Version} after {m.Attempts} attempt(s): {m.LastError}"));
        return string.Join(" | ", lines);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* SQLite may hold the file a moment longer */ }
    }
}
