using System.Net;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// The real site on a real loopback port (Kestrel, temporary data directory, demo data) and one
/// headless Debian Chromium shared by every end-to-end test. Playwright never downloads a browser:
/// it launches the system one (CRAFTMARKET_CHROMIUM, default /usr/bin/chromium).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync")]
public sealed class LiveSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    private readonly KestrelApp app = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => app.Services;
    public int Port { get; private set; }

    /// <summary>Chromium resolves every *.localhost name to loopback, so a subdomain reaches a tenant.</summary>
    public string Url(string? tenantSlug, string path = "/") =>
        $"http://{(tenantSlug is null ? "localhost" : $"{tenantSlug}.localhost")}:{Port}{path}";

    /// <summary>A fresh browser context; <paramref name="bypassCsp"/> switches the site's CSP off (to prove output encoding on its own).</summary>
    public async Task<IPage> NewPageAsync(int width, int height, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            BypassCSP = bypassCsp,
        });
        // A missing element should fail a test in seconds, not Playwright's default 30 s (15 s leaves room for a busy CI machine).
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>The bearer API of one village, signed in as <paramref name="login"/> (the Host header picks the village).</summary>
    public async Task<HttpClient> ApiAsync(string? tenantSlug, string login)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url(null)) };
        client.DefaultRequestHeaders.Host = $"{(tenantSlug is null ? "localhost" : $"{tenantSlug}.localhost")}:{Port}";
        return await CraftMarket.Testing.Auth.SignedInAs(client, login);
    }

    /// <summary>Signs a browser page in through the login form, as a person would.</summary>
    public async Task SignInAsync(IPage page, string? tenantSlug, string login)
    {
        await page.GotoAsync(Url(tenantSlug, "/account/login"));
        await page.FillAsync("#Login", login);
        await page.FillAsync("#Password", CraftMarket.Testing.Auth.DemoPassword);
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    public async Task InitializeAsync()
    {
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no addresses");
        Port = new Uri(addresses.Addresses.First()).Port;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CRAFTMARKET_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await app.DisposeAsync();
    }

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (gitignored).</summary>
    public static string ScreenshotPath(string name)
    {
        var root = Path.Combine(RepositoryRoot, "TestResults", "screenshots");
        Directory.CreateDirectory(root);
        return Path.Combine(root, name + ".png");
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CraftMarket.sln"))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    private sealed class KestrelApp : CraftMarketApp
    {
        // Every browser test signs in from 127.0.0.1: the per-address sign-in budget (10 a minute) is
        // raised as in the other test hosts, or a busy minute of the suite meets a 429 on the login form.
        public KestrelApp() : base(seedDemo: true, extra: new Dictionary<string, string?>
        {
            ["CraftMarket:Identity:SignInPerMinute"] = "1000",
            ["CraftMarket:Identity:PhoneCodePerMinute"] = "1000",
            // Card payments against the local Stripe stub (CraftMarket.Testing), as the orders tests use it.
            ["CraftMarket:Stripe:SecretKey"] = Testing.Stripe.StripeStub.SecretKey,
            ["CraftMarket:Stripe:WebhookSecret"] = Testing.Stripe.StripeStub.WebhookSecret,
            ["CraftMarket:Stripe:ApiBase"] = Testing.Stripe.StripeStub.Shared.ApiBase,
            // The dashboard's screenshot shows the demo's generated history, as a visitor of the demo site sees it.
            ["CraftMarket:Insight:DemoHistory"] = "true",
        }) =>
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "live site";
}
