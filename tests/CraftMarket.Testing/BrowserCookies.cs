using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CraftMarket.Testing;

/// <summary>
/// A browser's cookie jar for a site that, in production, is served over TLS by the proxy in front: outside
/// Development every cookie is Secure (ADR 34), and the in-process test server speaks plain http, where a
/// standard jar would keep Secure cookies to itself. The jar files each exchange under the https form of its
/// address, so cookies travel as they would on the real site; tests still see the Secure flag in Set-Cookie.
/// </summary>
public sealed class BrowserCookies : DelegatingHandler
{
    public CookieContainer Container { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var site = AsTls(request.RequestUri!);
        var cookies = Container.GetCookieHeader(site);
        if (cookies.Length > 0) request.Headers.Add("Cookie", cookies);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var header in set) Container.SetCookies(site, header);
        return response;
    }

    private static Uri AsTls(Uri uri) => uri.Scheme == Uri.UriSchemeHttps ? uri : new UriBuilder(uri) { Scheme = Uri.UriSchemeHttps, Port = -1 }.Uri;
}

public static class BrowserClients
{
    /// <summary>A client with a browser's cookie jar (<see cref="BrowserCookies"/>), optionally following redirects.</summary>
    public static HttpClient CreateBrowserClient<TEntryPoint>(this WebApplicationFactory<TEntryPoint> app, Uri baseAddress, bool followRedirects = false)
        where TEntryPoint : class =>
        followRedirects
            ? app.CreateDefaultClient(baseAddress, new RedirectHandler(), new BrowserCookies())
            : app.CreateDefaultClient(baseAddress, new BrowserCookies());
}
