using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>
/// What goes over the wire (ADR 27): pages compressed for anonymous visitors whose browser accepts it,
/// kept pages stored compressed once per encoding, static assets under fingerprinted names cached for
/// good and precompressed, and no compression where BREACH could read a signed-in person's page.
/// </summary>
public sealed partial class CompressionTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>, IAsyncLifetime
{
    /// <summary>
    /// A late consumer write of the demo seeding (a photo rendered, a product indexed) rightly drops a
    /// village's kept pages; tests that count cache hits start once those are delivered (as PageCacheTests do).
    /// </summary>
    public Task InitializeAsync() => app.WaitForOutboxesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<HttpResponseMessage> Get(string? slug, string path, string? acceptEncoding, AuthenticationHeaderValue? auth = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        request.Headers.Authorization = auth;
        var response = await app.ClientFor(slug).SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return response;
    }

    private static async Task<string> Text(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Stream body = new MemoryStream(bytes);
        body = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException("unexpected encoding " + other),
        };
        using var reader = new StreamReader(body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task A_storefront_page_goes_out_in_the_encoding_asked_for_and_each_encoding_is_kept_apart()
    {
        const string path = "/en/products?sort=price-asc";
        var plain = await Get("van-phuc", path, acceptEncoding: null);
        plain.Content.Headers.ContentEncoding.ShouldBeEmpty("no Accept-Encoding: identity");
        var plainBytes = (await plain.Content.ReadAsByteArrayAsync()).Length;

        var brotli = await Get("van-phuc", path, "br, gzip");
        brotli.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        brotli.Headers.Age.ShouldBeNull("the identity entry is not served to a browser that asked for br");
        (await brotli.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(plainBytes / 3);
        (await Text(brotli)).ShouldContain("</html>");

        var keptBrotli = await Get("van-phuc", path, "gzip, deflate, br");
        keptBrotli.Headers.Age.ShouldNotBeNull("stored compressed once, served from the cache");
        keptBrotli.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await Text(keptBrotli)).ShouldContain("</html>");

        var gzip = await Get("van-phuc", path, "gzip");
        gzip.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        (await Text(gzip)).ShouldContain("</html>");

        var keptPlain = await Get("van-phuc", path, acceptEncoding: null);
        keptPlain.Headers.Age.ShouldNotBeNull();
        keptPlain.Content.Headers.ContentEncoding.ShouldBeEmpty("never a compressed entry to a browser that did not ask");
    }

    [Fact]
    public async Task Styles_and_scripts_have_fingerprinted_urls_cached_for_good_and_precompressed()
    {
        var html = await Text(await Get("bat-trang", "/en/", "br"));
        var theme = Regex.Match(html, "href=\"(/themes/base/site\\.[a-z0-9]+\\.css)\"");
        theme.Success.ShouldBeTrue("the theme's stylesheet under its fingerprinted name");
        var script = Regex.Match(html, "src=\"(/_content/CraftMarket\\.Search/search\\.[a-z0-9]+\\.js)\"");
        script.Success.ShouldBeTrue("a module's script under its fingerprinted name");

        foreach (var url in new[] { theme.Groups[1].Value, script.Groups[1].Value })
        {
            var asset = await Get("bat-trang", url, "br, gzip");
            asset.Content.Headers.ContentEncoding.ShouldBe(["br"], url);
            asset.Headers.CacheControl!.ToString().ShouldContain("immutable", customMessage: url);
            (await Text(asset)).Length.ShouldBeGreaterThan(100, url);
            (await Get("bat-trang", url, acceptEncoding: null)).Content.Headers.ContentEncoding.ShouldBeEmpty(url);
        }
    }

    [Fact]
    public async Task A_signed_in_persons_page_is_never_compressed()
    {
        var admin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        var page = await Get("bat-trang", "/en/products?sort=name", "br, gzip", admin.DefaultRequestHeaders.Authorization);
        page.Content.Headers.ContentEncoding.ShouldBeEmpty("BREACH: their page may hold their data next to text an attacker makes it echo");
        (await page.Content.ReadAsStringAsync()).ShouldContain("</html>");
    }

    [Fact]
    public async Task An_anonymous_form_is_compressed_because_its_antiforgery_token_differs_in_every_response()
    {
        var first = await Get("bat-trang", "/account/login", "br");
        var second = await Get("bat-trang", "/account/login", "br");
        first.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        var tokens = new[] { await Text(first), await Text(second) }
            .Select(h => Regex.Match(h, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value)
            .ToList();
        tokens.ShouldAllBe(t => t.Length > 0);
        tokens[0].ShouldNotBe(tokens[1], "a secret that changes with every response gives BREACH nothing to converge on");
    }
}
