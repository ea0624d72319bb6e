using System.Net;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// A browser's cookies kept by hand, so they can be replayed on a host the browser would never send
/// them to (an attacker copying a cookie from one association's site to another's).
/// </summary>
internal sealed class CookieJar
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    /// <summary>The form token of the signed-in user (antiforgery tokens are bound to the user).</summary>
    public string FormToken { get; private set; } = "";

    public static async Task<CookieJar> SignInAsync(SecuritySite site, string slug, string login)
    {
        var jar = new CookieJar();
        using var client = Client(site, slug);
        var form = await jar.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/account/login"));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Login"] = login, ["Password"] = Auth.DemoPassword, ["__RequestVerificationToken"] = Forms.Antiforgery(await form.Content.ReadAsStringAsync()),
            }),
        };
        var signedIn = await jar.SendAsync(client, post);
        ((int)signedIn.StatusCode).ShouldBeInRange(300, 399, $"{login} signs in on {slug}");
        // Not "/": a buyer gets the kept home page, which has no form (ADR 0050); the sign-out page always has one.
        jar.FormToken = Forms.Antiforgery(await (await jar.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/account/logout"))).Content.ReadAsStringAsync());
        jar.FormToken.ShouldNotBeEmpty();
        return jar;
    }

    /// <summary>A client that keeps no cookies of its own: the jar's go in by hand.</summary>
    public static HttpClient Client(SecuritySite site, string slug) => site.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"http://{slug}.localhost/"), AllowAutoRedirect = false, HandleCookies = false,
    });

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var line in set)
            {
                var pair = line.Split(';')[0];
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                cookies[pair[..eq]] = pair[(eq + 1)..];
            }
        return response;
    }

    public bool IsSignedIn => cookies.Keys.Any(k => k.Contains("Identity", StringComparison.OrdinalIgnoreCase) || k.Contains("auth", StringComparison.OrdinalIgnoreCase));

    public static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location?.OriginalString is { } to
            && (to.Contains("/account/login", StringComparison.OrdinalIgnoreCase) || to.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase)));
}
