using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Testing;

namespace CraftMarket.Tenancy.Tests;

/// <summary>An association uploads its logo (API and page): sniffed, size-limited, per village, served with cache headers.</summary>
public sealed partial class BrandLogoTests : IDisposable
{
    private readonly CraftMarketApp app = new(seedDemo: true);

    // A real 1×1 PNG.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    private static readonly byte[] Gif = "GIF89a\x01\x00\x01\x00\x00\x00\x00;"u8.ToArray();

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "logo", fileName } };
    }

    [Fact]
    public async Task Dong_Ky_with_no_theme_of_its_own_uploads_a_logo_that_every_page_shows_and_browsers_keep()
    {
        (await app.ClientFor("dong-ky").GetStringAsync("/")).ShouldNotContain("/logos/", customMessage: "Dong Ky starts without a logo");
        var api = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"));

        var response = await api.PostAsync("/api/association/brand/logo", Upload(Png, "logo.png", "application/octet-stream"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("logoUrl").GetString()!;
        url.ShouldMatch("^/logos/[0-9a-f]{32}/[0-9a-f]{16}\\.png$");

        var logo = await app.ClientFor("dong-ky").GetAsync(url);
        logo.StatusCode.ShouldBe(HttpStatusCode.OK);
        logo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png", "the type comes from the bytes, not the upload's header");
        logo.Headers.CacheControl!.ToString().ShouldContain("immutable");
        logo.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        (await logo.Content.ReadAsByteArrayAsync()).ShouldBe(Png);
        using (var again = new HttpRequestMessage(HttpMethod.Get, url))
        {
            again.Headers.IfNoneMatch.Add(logo.Headers.ETag!);
            (await app.ClientFor("dong-ky").SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }

        (await app.ClientFor("dong-ky").GetStringAsync("/")).ShouldContain($"<img src=\"{url}\"");
        (await app.ClientFor(null).GetStringAsync("/")).ShouldContain($"<img src=\"{url}\"", customMessage: "the landing page shows it too");
        (await app.ClientFor("dong-ky").GetAsync(url[..^4] + ".jpg")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await api.DeleteAsync("/api/association/brand/logo")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor("dong-ky").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor("dong-ky").GetStringAsync("/")).ShouldNotContain(url);
    }

    [Theory]
    [InlineData("gif", "PNG, JPEG or WebP")]
    [InlineData("text", "PNG, JPEG or WebP")]
    [InlineData("large", "at most 512 KB")]
    [InlineData("empty", "Choose an image file")]
    public async Task Anything_but_a_small_PNG_JPEG_or_WebP_is_refused_with_a_problem_and_the_brand_is_unchanged(string kind, string message)
    {
        byte[] bytes = kind switch
        {
            "gif" => Gif,
            "text" => "<svg onload=alert(1)>"u8.ToArray(),   // named .png, sent as image/png: the bytes decide
            "large" => [.. Png, .. new byte[513 * 1024]],
            _ => [],
        };
        var api = await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        var response = await api.PostAsync("/api/association/brand/logo", Upload(bytes, "logo.png", "image/png"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty("logo")[0].GetString()!.ShouldContain(message);
        (await app.ClientFor("van-phuc").GetStringAsync("/")).ShouldContain("/themes/van-phuc/logo.svg");
    }

    [Fact]
    public async Task Only_the_villages_own_admin_uploads_and_only_for_that_village()
    {
        var vanPhucAdminOnDongKy = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        (await vanPhucAdminOnDongKy.PostAsync("/api/association/brand/logo", Upload(Png, "logo.png", "image/png")))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor("dong-ky").PostAsync("/api/association/brand/logo", Upload(Png, "logo.png", "image/png")))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.ClientFor("dong-ky").GetStringAsync("/")).ShouldNotContain("/logos/");
    }

    [Fact]
    public async Task The_brand_page_uploads_a_logo_and_explains_a_refused_one()
    {
        var browser = await app.ClientFor("dong-ky").SignedInWithCookie(Auth.AssociationAdmin("dong-ky"));
        var token = Forms.Antiforgery(await browser.GetStringAsync("/admin/brand"));

        MultipartFormDataContent Form(byte[] bytes, string name)
        {
            var form = Upload(bytes, name, "image/png");
            form.Add(new StringContent(token), "__RequestVerificationToken");
            return form;
        }

        var refused = WebUtility.HtmlDecode(await (await browser.PostAsync("/admin/brand?handler=logo", Form(Gif, "logo.png"))).Content.ReadAsStringAsync());
        refused.ShouldContain("The logo must be a PNG, JPEG or WebP image.");
        refused.ShouldContain("value=\"Đồ gỗ Đồng Kỵ\"", customMessage: "the brand form still shows what is stored");

        var page = await browser.PostAsync("/admin/brand?handler=logo", Form(Png, "logo.png"));
        var html = await page.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).ShouldContain("Đã tải logo lên.");
        var url = LogoImage().Match(html).Groups[1].Value;
        url.ShouldStartWith("/logos/");
        (await app.ClientFor("dong-ky").GetStringAsync("/")).ShouldContain($"<img src=\"{url}\"");
    }

    [GeneratedRegex("<img src=\"(/logos/[^\"]+)\" alt=\"Logo hiện tại\"")]   // the brand page speaks the village's Vietnamese
    private static partial Regex LogoImage();

    public void Dispose() => app.Dispose();
}
