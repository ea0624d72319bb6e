using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy;
using CraftMarket.Tenancy.Resolution;
using CraftMarket.Web.Localization;
using CraftMarket.Web.Outbox;
using CraftMarket.Web.Theming;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CraftMarket.Web.Hosting;

internal static class PlatformPipeline
{
    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseNodeName();   // X-Served-By: which node answered (CraftMarket:NodeName), on every response
        if (app.Configuration.GetValue<bool>("CraftMarket:BehindProxy")) app.UseForwardedHeaders();
        app.UseTransportSecurity();   // HTTPS redirection, HSTS, Secure cookies: after the forwarded scheme is known
        app.UseExceptionHandler();
        if (!app.Services.GetRequiredService<ProcessRole>().ServesRequests)
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), worker => worker.Run(c =>
            {
                // A worker-role process only delivers background work; it answers its probes and nothing else.
                c.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }));
        // APIs answer errors as problem details; people get a page in the site's own layout.
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/_status/{0}"));
        app.UseMiddleware<SecurityHeaders>();
        // CSS, JS and theme files before tenant resolution, as the static files were: a suspended or unknown
        // village's status page needs its styles too. Fingerprinted, immutable, precompressed (ADR 27).
        app.UseWhen(IsStaticAsset, assets => assets.UseRouting().UseEndpoints(e => e.MapStaticAssets()));
        app.UseMiddleware<SharedCacheHeaders>();   // Cache-Control and Vary for caches in front of the site (ADR 0078)
        app.UseTenantResolution();
        app.UseMiddleware<RequestLanguageMiddleware>();   // needs the tenant's languages
        app.UseMiddleware<DisplayCurrencyMiddleware>();   // needs the language
        app.UseMiddleware<ThemeResolutionMiddleware>();
        app.UseRouting();
        app.UseModuleSwitches();   // before authorization: a switched-off module's pages are not there, not forbidden
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();   // after authentication: signed-in people never share a cached page
        app.UseAnonymousCompression();   // inside the output cache: kept pages are stored compressed (ADR 27)
        app.UseAntiforgery();
        return app;
    }

    private static bool IsStaticAsset(HttpContext c) =>
        c.Request.Path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase) || c.Request.Path.StartsWithSegments("/themes", StringComparison.OrdinalIgnoreCase)
        || c.Request.Path.StartsWithSegments("/scripts", StringComparison.OrdinalIgnoreCase);

    private static bool IsApi(HttpContext c)
    {
        // Decided before tenant resolution, so the path form (/v/{slug}/api/...) still has its prefix:
        // look past it, or a village's API errors on a single-domain deployment would come back as HTML.
        var path = c.Request.Path;
        var prefix = "/" + c.RequestServices.GetRequiredService<IOptions<TenancyOptions>>().Value.PathPrefix.Trim('/');
        if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase, out var rest) && rest.Value is { Length: > 1 } tail)
            path = tail.IndexOf('/', 1) is var slash and > 0 ? new PathString(tail[slash..]) : PathString.Empty;
        return path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapApiDocs();
        // Served by the branch above; mapped here too so pages resolve fingerprinted URLs (asp-append-version) from the same manifest.
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        Seo.RobotsTxt.Map(app);
        Seo.Favicons.Map(app);
        PersonalPartsEndpoint.Map(app);
        app.MapDeadLetters();
        return app;
    }

    /// <summary>Development migrates and seeds at start; elsewhere the `migrate` command must have run.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<PlatformSettings>();
        var embedded = settings.Database.Provider == DatabaseProvider.Sqlite;
        if (app.Environment.IsDevelopment() || embedded || app.Configuration.GetValue<bool>("CraftMarket:MigrateAtStart"))
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            DataProtectionKeys.EnsureKey(app.Services);
        }
        if (settings.SeedDemo) await DemoData.SeedAsync(app.Services);
    }
}
