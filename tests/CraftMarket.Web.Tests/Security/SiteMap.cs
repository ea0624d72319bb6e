using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// What the running site maps, read from its endpoint data source, so a page or endpoint another
/// change adds is in every security test without editing them.
/// </summary>
internal static class SiteMap
{
    /// <summary>A Razor page with its POST handlers (null name: the plain OnPost).</summary>
    public sealed record Page(RoutePattern Route, string ViewPath, IReadOnlyList<string?> PostHandlers);

    public sealed record Api(RoutePattern Route, string Method, Endpoint Endpoint);

    public static async Task<IReadOnlyList<Page>> PagesAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<Page>();
        foreach (var endpoint in Endpoints(services))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
            var posts = compiled.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                .Select(h => h.Name).Distinct().ToList();
            pages.Add(new Page(endpoint.RoutePattern, descriptor.ViewEnginePath, posts));
        }
        return pages;
    }

    public static IEnumerable<Api> ApiEndpoints(IServiceProvider services)
    {
        foreach (var endpoint in Endpoints(services))
        {
            if (endpoint.RoutePattern.RawText is not { } raw || !raw.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase)) continue;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")).Distinct())
                yield return new Api(endpoint.RoutePattern, method, endpoint);
        }
    }

    /// <summary>
    /// GET endpoints that are neither pages nor API and need no route value (/scalar and the like):
    /// they may answer HTML too. Files (a dot in the last segment) are left out.
    /// </summary>
    public static IEnumerable<string> OtherGetPaths(IServiceProvider services) =>
        Endpoints(services)
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null
                && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true
                && e.RoutePattern.Parameters.All(p => p.IsOptional || p.IsCatchAll))
            .Select(e => Fill(e.RoutePattern))
            .Where(p => !p.Split('/')[^1].Contains('.', StringComparison.Ordinal)
                && !new[] { "/api", "/health", "/openapi" }.Any(prefix => p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Distinct();

    private static IEnumerable<RouteEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    /// <summary>
    /// The route as a path: every parameter from <paramref name="value"/> (by name), or a fresh id for an
    /// id, a number for an int, a word for the rest; optional parameters are left out.
    /// </summary>
    public static string Fill(RoutePattern route, Func<string, string?>? value = null) =>
        "/" + string.Join('/', route.PathSegments
            .Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart p when value?.Invoke(p.Name) is { } given => given,
                RoutePatternParameterPart { IsOptional: true } => "",
                RoutePatternParameterPart p when p.ParameterPolicies.Any(c => c.Content is "int" or "long") => "404",
                RoutePatternParameterPart p when p.Name.EndsWith("id", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
                RoutePatternParameterPart => "x",
                _ => "",
            })))
            .Where(s => s.Length > 0));
}
