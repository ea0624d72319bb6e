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
        using (var served = NetVips.Image.NewFromBuffer(await logo.Content.ReadAsByteArrayAsync()))
            (served.Width, served.Height).ShouldBe((1, 1), "the same picture, decoded and encoded again");
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
    public async Task A_decompression_bomb_or_bytes_that_only_start_like_an_image_are_refused_with_a_problem()
    {
        // 10,000 × 10,000 pixels of black: about 100 KB on the wire, 100 MB once decoded.
        byte[] bomb;
        using (var black = NetVips.Image.Black(10_000, 10_000)) bomb = black.Cast(NetVips.Enums.BandFormat.Uchar).PngsaveBuffer(compression: 9);
        bomb.Length.ShouldBeLessThan(512 * 1024, "small enough to pass the byte limit");
        byte[] fake = [.. Png[..16], .. "not really a png after all"u8.ToArray(), .. new byte[64]];

        var api = await app.ClientFor("van-phuc").SignedInAs(Auth.AssociationAdmin("van-phuc"));
        foreach (var (bytes, message) in new[] { (bomb, "megapixels"), (fake, "could not be read") })
        {
            var response = await api.PostAsync("/api/association/brand/logo", Upload(bytes, "logo.png", "image/png"));
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, message);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("logo")[0].GetString()!.ShouldContain(message);
        }
        (await app.ClientFor("van-phuc").GetStringAsync("/")).ShouldContain("/themes/van-phuc/logo.svg", customMessage: "the brand is unchanged");
    }

    [Fact]
    public async Task A_logo_is_re_encoded_without_metadata_or_trailing_bytes_and_bounded_in_size()
    {
        byte[] jpeg;
        using (var wide = (NetVips.Image.Black(3000, 1500, bands: 3) + new double[] { 200, 30, 30 }).Cast(NetVips.Enums.BandFormat.Uchar).Copy(interpretation: NetVips.Enums.Interpretation.Srgb))
            jpeg = wide.JpegsaveBuffer(q: 80);
        // A JPEG comment segment (FF FE, length) right after the start marker, and a script after the end of the image.
        var comment = "GPS 21.0285 N 105.8542 E secret"u8.ToArray();
        byte[] upload = [.. jpeg[..2], 0xFF, 0xFE, 0, (byte)(comment.Length + 2), .. comment, .. jpeg[2..], .. "<script>alert(1)</script>"u8.ToArray()];
        System.Text.Encoding.Latin1.GetString(upload).ShouldContain("secret", customMessage: "the fixture really carries metadata");

        var api = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"));
        var response = await api.PostAsync("/api/association/brand/logo", Upload(upload, "logo.jpg", "image/jpeg"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("logoUrl").GetString()!;
        var served = await (await app.ClientFor("dong-ky").GetAsync(url)).Content.ReadAsByteArrayAsync();

        var text = System.Text.Encoding.Latin1.GetString(served);
        text.ShouldNotContain("secret");
        text.ShouldNotContain("<script>");
        using var image = NetVips.Image.NewFromBuffer(served);
        (image.Width, image.Height).ShouldBe((1024, 512), "at most 1024 pixels on the long edge, proportions kept");
        image.Getpoint(500, 250)[0].ShouldBeGreaterThan(150, "the same picture");
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
