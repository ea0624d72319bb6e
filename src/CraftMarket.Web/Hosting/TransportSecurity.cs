namespace CraftMarket.Web.Hosting;

/// <summary>
/// Outside Development the site is reached over HTTPS only (ADR 34): plain HTTP is redirected, browsers are
/// told to stay on HTTPS for the base domain and every association's subdomain, and no cookie ever travels
/// in clear. Development keeps plain http://*.localhost working without a certificate.
/// </summary>
internal static class TransportSecurity
{
    /// <summary>A year: browsers' preload lists ask for at least this, and shorter leaves a window every time it lapses.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment()) return builder;
        var services = builder.Services;
        var config = builder.Configuration;
        services.AddHsts(o =>
        {
            o.IncludeSubDomains = true;   // every association is {slug}.{base domain}
            o.MaxAge = HstsMaxAge;
        });
        services.AddHttpsRedirection(o =>
        {
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;   // keeps the method: a POST stays a POST
            // Behind the TLS-terminating proxy the app listens on plain HTTP and cannot find its HTTPS port itself:
            // the proxy's port (443 unless said otherwise). Requests the trusted proxy marks X-Forwarded-Proto: https
            // are already HTTPS after UseForwardedHeaders, so they are not redirected (no loop).
            o.HttpsPort = config.GetValue<int?>("CraftMarket:HttpsPort")
                ?? (config.GetValue<bool>("CraftMarket:BehindProxy") ? 443 : null);
        });
        // Session, antiforgery, language, currency and whatever comes later: Secure whatever each one asks for.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
        return builder;
    }

    /// <summary>Right after the forwarded headers, so the scheme is the client's, and before anything writes a cookie.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return app;
        // Health probes come from the orchestrator on the inside network over plain HTTP (infra/compose.yaml): not redirected.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase), https => https.UseHttpsRedirection());
        app.UseHsts();
        app.UseCookiePolicy();
        return app;
    }
}
