using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Hosting;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Web.Theming;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CraftMarket.Web.Hosting;

/// <summary>Cross-cutting services every module relies on; modules add their own after this.</summary>
internal static class PlatformServices
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        builder.AddProcessMemory();   // first: glibc's arena cap holds only for arenas created after it
        var settings = PlatformSettings.For(builder);
        var services = builder.Services;

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<DatabaseMigrator>();
        services.Configure<OutboxOptions>(builder.Configuration.GetSection("CraftMarket:Outbox"));

        // Behind the reverse proxy of infra/ the client's address (sign-in rate limits) and scheme
        // come from X-Forwarded-*, believed only from the configured proxies (TrustedProxies).
        if (builder.Configuration.GetValue<bool>("CraftMarket:BehindProxy"))
            services.AddTrustedProxies(builder.Configuration);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier);
        services.AddOpenApi(o => o.AddSchemaTransformer<MoneyOpenApiSchema>().AddSchemaTransformer<TypedIdOpenApiSchema>());
        services.AddTypedIdJson();
        services.AddRazorPages();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(CraftMarket.Web.Localization.InvariantFormValues.Use);
        services.AddHttpContextAccessor();
        // Vietnamese text is written as-is, not as numeric entities: half the bytes, readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddThemes(builder.Environment);
        services.AddScoped<PageBrand>();
        services.AddScoped<CraftMarket.Web.Navigation.SiteMenu>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Storefront, "About us", "~/about", 300, NavigationAudience.Everyone));
        // After Tenancy's "Associations" (1000): the platform admin's dead-letter page.
        services.AddNavigation(new NavigationEntry(NavigationArea.Platform, "Messages", "~/admin/messages", 1010, NavigationAudience.PlatformAdmin));
        // Each module's (and the host's) own translations: ModuleText<TheirMarker>, one per assembly.
        services.AddSingleton(typeof(ModuleText<>));
        services.AddScoped<TenantLinks>();
        services.AddScoped<CraftMarket.Web.Localization.PageUrls>();
        services.AddSingleton<CraftMarket.Web.Seo.Favicons>();
        services.AddStorefrontPageCache(builder.Configuration);
        services.AddSingleton(SharedCacheLifetime.From(builder.Configuration));
        services.AddPersonalParts();
        services.AddPageCompression();
        services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddAuthentication();   // schemes come from the Identity module
        services.AddAuthorization();
        services.AddAntiforgery();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddProtectedKeys(builder.Configuration, builder.Environment, settings);
        builder.AddTransportSecurity();

        builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("CraftMarket.Web"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation());
        // Export only when a collector is configured (OTEL_EXPORTER_OTLP_ENDPOINT), as in infra/compose.yaml.
        // Traces only then too: without a collector every request's spans and tags were built for no one (ADR 0050).
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()).UseOtlpExporter();
        return builder;
    }
}
