using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Theming;
using Microsoft.Net.Http.Headers;

namespace CraftMarket.Web.Seo;

/// <summary>
/// Every host's icons (ADR 0072): /favicon.ico, /favicon-32.png and /apple-touch-icon.png, drawn from
/// the village's logo (an uploaded one or its theme's), else a generated mark in its brand colour; the
/// platform host gets the CraftMarket mark. Drawn once per brand and kept; the layout links them with
/// <see cref="VersionOf"/> so a new logo or colour is fetched at once, and browsers keep them a week.
/// </summary>
internal sealed class Favicons(ThemeRegistry themes, IWebHostEnvironment env, ILogger<Favicons> log)
{
    public const string IcoPath = "/favicon.ico", Png32Path = "/favicon-32.png", TouchPath = "/apple-touch-icon.png";
    private const string PlatformName = "CraftMarket", PlatformColor = "#2f5d50";

    /// <summary>Per village (and the platform, under the empty key): the set for the brand it was drawn from. Bounded by the number of villages.</summary>
    private readonly ConcurrentDictionary<string, FaviconSet> drawn = new(StringComparer.Ordinal);

    /// <summary>Changes whenever what the icons are drawn from changes: the logo URL (versioned by content), the name, the colour.</summary>
    public static string VersionOf(ResolvedTenant? tenant) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            tenant is null ? $"{PlatformName}|{PlatformColor}" : $"{tenant.Brand.LogoUrl}|{tenant.BrandName}|{tenant.Brand.PrimaryColor}")))[..12];

    public async Task<FaviconSet> ForAsync(ResolvedTenant? tenant, IBrandLogoFiles logos, CancellationToken ct)
    {
        var key = tenant?.Id.Value.ToString("N") ?? "";
        var version = VersionOf(tenant);
        if (drawn.TryGetValue(key, out var kept) && kept.Version == version) return kept;
        var set = await DrawAsync(tenant, logos, version, ct);
        drawn[key] = set;
        return set;
    }

    private async Task<FaviconSet> DrawAsync(ResolvedTenant? tenant, IBrandLogoFiles logos, string version, CancellationToken ct)
    {
        if (tenant is null) return FaviconArt.Mark(PlatformName, PlatformColor, version);
        try
        {
            if (await LogoBytesAsync(tenant, logos, ct) is { } logo) return FaviconArt.FromLogo(logo, version);
        }
        catch (NetVips.VipsException e)
        {
            log.LogWarning(e, "The logo of {Tenant} could not be drawn as a favicon; using its generated mark", tenant.Slug);
        }
        return FaviconArt.Mark(tenant.BrandName, tenant.Brand.PrimaryColor, version);
    }

    /// <summary>An uploaded logo (/logos/...) from Tenancy; a theme's own (/themes/{name}/{file}) from the theme's folder or the published web root.</summary>
    private async Task<byte[]?> LogoBytesAsync(ResolvedTenant tenant, IBrandLogoFiles logos, CancellationToken ct)
    {
        var url = tenant.Brand.LogoUrl;
        if (url is null) return null;
        if (url.StartsWith("/logos/", StringComparison.Ordinal))
            return (await logos.UploadedLogoAsync(tenant.Id, ct))?.Content;
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not ["themes", var theme, var file] || !themes.Names.Contains(theme, StringComparer.Ordinal) || file.Contains("..", StringComparison.Ordinal))
            return null;
        // A theme's SVG logo ships with a PNG of it beside it (logo.svg → logo.png): icons are never drawn from an SVG (FaviconArt.Mark says why).
        if (file.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) file = file[..^4] + ".png";
        foreach (var root in new[] { themes.Root, Path.Combine(env.ContentRootPath, "..", "..", "themes") })
        {
            var path = Path.Combine(root, theme, "wwwroot", file);
            if (File.Exists(path)) return await File.ReadAllBytesAsync(path, ct);
        }
        var published = env.WebRootFileProvider.GetFileInfo($"themes/{theme}/{file}");
        if (!published.Exists) return null;
        await using var stream = published.CreateReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(IcoPath, (HttpContext http, CancellationToken ct) => Serve(http, s => s.Ico, "image/x-icon", ct)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(Png32Path, (HttpContext http, CancellationToken ct) => Serve(http, s => s.Png32, "image/png", ct)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(TouchPath, (HttpContext http, CancellationToken ct) => Serve(http, s => s.Png180, "image/png", ct)).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> Serve(HttpContext http, Func<FaviconSet, byte[]> pick, string contentType, CancellationToken ct)
    {
        var services = http.RequestServices;
        var tenant = CurrentTenant.SettingsOf(services.GetRequiredService<ITenantDirectory>(), services.GetRequiredService<ITenantContext>());
        var set = await services.GetRequiredService<Favicons>().ForAsync(tenant, services.GetRequiredService<IBrandLogoFiles>(), ct);
        // Public on every host; the link carries ?v={version}, so a week is safe and /favicon.ico itself (asked without it) revalidates by ETag.
        http.Response.Headers.CacheControl = "public, max-age=604800";
        return TypedResults.File(pick(set), contentType, entityTag: new EntityTagHeaderValue($"\"{set.Version}\""));
    }

    /// <summary>The icons' links for this request's site (village path form included; the language is not part of them).</summary>
    public static string Href(HttpContext http, string path, ResolvedTenant? tenant) =>
        $"{RequestLanguage.Of(http).SiteBase}{path}?v={VersionOf(tenant)}";
}
